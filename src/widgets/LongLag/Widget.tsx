import { useMemo } from 'react';
import { createLineChart, type LineChartOptions } from '../../charts/lineChart';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import {
  ChoiceRow,
  FigureLayout,
  JobRunBar,
  JobSettings,
  NumbersTable,
  type SliderRow,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { FORGET_BIASES } from './meta';
import { useLongLagView } from './useLongLagView';
import './longLag.css';

/** Under "More settings": runs, budget, learning rate. */
const SLIDERS = [
  ['runs', 1, 10, 1],
  ['budget', 1000, 40000, 1000],
  ['lr', 0.001, 0.2, 'log'],
] as const satisfies readonly SliderRow<string>[];

export default function LongLag() {
  const s = useStrings().longLag;
  const { rootRef, props, setProps, run, ...v } = useLongLagView();
  const chartOptions = useMemo<LineChartOptions>(
    () => ({ xLabel: s.xAxis, yLabel: s.yAxis, ariaLabel: s.chartLabel, yDomain: [0, 1] }),
    [s],
  );
  const chartRef = useChart(createLineChart, chartOptions, v.series);

  const controls = (
    <>
      <Slider
        prop="T"
        label={s.lag}
        value={props.T}
        min={10}
        max={100}
        step={10}
        format={String}
        onChange={(T) => setProps({ T: Math.round(T) })}
      />
      <ChoiceRow
        prop="forgetBias"
        legend={s.forgetBias}
        value={props.forgetBias}
        options={FORGET_BIASES.map((b) => [b, String(b)] as const)}
        onChange={(forgetBias) => setProps({ forgetBias })}
      />
      <JobRunBar
        run={run}
        label={s.run}
        idle={v.idle}
        values={v.runValues}
        testId="long-lag-progress"
      />
    </>
  );

  const readout = (
    <>
      <p data-testid="long-lag-forget">{v.forgetNote}</p>
      <p className="muted">{v.scale}</p>
      <p className="muted">{v.rules}</p>
      <p className="muted">{s.paperRead}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="long-lag-table"
      caption={v.caption}
      columns={[s.cell, s.solved, s.median, s.share, s.published]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="long-lag" ref={rootRef}>
      <FigureLayout
        picture={<div className="long-lag__chart" ref={chartRef} />}
        controls={controls}
        readout={readout}
        table={table}
        more={<JobSettings {...v.jobSettings} sliders={SLIDERS} labels={s} />}
      />
    </div>
  );
}
