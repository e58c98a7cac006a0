import { useMemo } from 'react';
import { createLineChart, type LineChartOptions } from '../../charts/lineChart';
import { useStrings } from '../../ui/LangContext';
import {
  ChoiceRow,
  FigureLayout,
  JobRunBar,
  JobSettings,
  NumbersTable,
  type SliderRow,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import '../LongLag/longLag.css';
import { COUNTER_LANGUAGES } from './meta';
import { useCounterView } from './useCounterView';

/** Under "More settings": the lengths, the networks' size, budget, learning rate. */
const SLIDERS = [
  ['trainMaxN', 2, 20, 1],
  ['testMaxN', 20, 100, 5],
  ['hidden', 2, 8, 1],
  ['budget', 400, 20000, 200],
  ['lr', 0.001, 0.1, 'log'],
] as const satisfies readonly SliderRow<string>[];

export default function Counter() {
  const s = useStrings().counter;
  const { rootRef, props, setProps, run, ...v } = useCounterView();
  const chartOptions = useMemo<LineChartOptions>(
    () => ({ xLabel: s.xAxis, yLabel: s.yAxis, ariaLabel: s.chartLabel }),
    [s],
  );
  const chartRef = useChart(createLineChart, chartOptions, v.series);

  const controls = (
    <>
      <ChoiceRow
        prop="language"
        legend={s.language}
        value={props.language}
        options={COUNTER_LANGUAGES.map((language) => [language, s.languages[language]] as const)}
        onChange={(language) => setProps({ language })}
      />
      <JobRunBar
        run={run}
        label={s.run}
        againLabel={s.runAgain}
        idle={v.idle}
        phases={s}
        values={v.runValues}
        failed={s.failed}
        testId="counter-progress"
      />
    </>
  );

  const readout = (
    <>
      {v.verdict && (
        <p data-testid="counter-verdict" aria-live="polite">
          <strong>{v.verdict}</strong>
        </p>
      )}
      <p className="muted">{v.traceNote}</p>
      <p className="muted">{v.rules}</p>
      <p className="muted">{s.paperRead}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="counter-table"
      caption={v.caption}
      columns={[s.cell, s.longest, s.rightOf, s.peak, s.correlation, s.published]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="counter" ref={rootRef}>
      <FigureLayout
        picture={<div className="counter__chart" ref={chartRef} />}
        controls={controls}
        readout={readout}
        table={table}
        more={<JobSettings {...v.jobSettings} sliders={SLIDERS} labels={s} />}
      />
    </div>
  );
}
