import { createSeriesPlot, type SeriesPlotOptions } from '../../charts/seriesPlot';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import {
  FigureLayout,
  JobRunBar,
  JobSettings,
  NumbersTable,
  type SliderRow,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { useForgetGateView } from './useForgetGateView';
import './forgetGate.css';

const PLOT: SeriesPlotOptions = { yScale: 'log', logFloor: 1e-3, height: 200 };
/** Under "More settings": runs, budget, network, stream, learning rate. */
const SLIDERS = [
  ['runs', 1, 20, 1],
  ['budget', 250, 6000, 250],
  ['hidden', 2, 12, 1],
  ['stretch', 20, 120, 10],
  ['testStrings', 20, 300, 10],
  ['lr', 0.001, 0.1, 'log'],
] as const satisfies readonly SliderRow<string>[];

export default function ForgetGate() {
  const s = useStrings().forgetGate;
  const { rootRef, run, ...v } = useForgetGateView();
  const chartRef = useChart(createSeriesPlot, PLOT, v.chartData);

  const controls = (
    <JobRunBar
      run={run}
      label={s.run}
      idle={v.idle}
      values={v.runValues}
      testId="forget-progress"
    />
  );

  const readout = (
    <>
      <p data-testid="forget-drift">
        {format(v.driftTrained ? s.driftTrained : s.driftUntrained, {
          steps: v.steps,
          noForget: v.number(v.driftEnd.noForget, 3),
          forget: v.number(v.driftEnd.forget, 3),
        })}
      </p>
      <p className="muted">{s.why}</p>
      <p className="muted">{s.rules}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="forget-table"
      caption={s.tableCaption}
      columns={[s.cell, s.solved, s.median, s.outer, s.driftEnd, s.published]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="forget-gate" ref={rootRef}>
      <FigureLayout
        picture={
          <div
            className="forget-gate__chart"
            ref={chartRef}
            role="img"
            aria-label={s.chartLabel}
            data-testid="forget-chart"
          />
        }
        controls={controls}
        readout={readout}
        table={table}
        more={<JobSettings {...v.jobSettings} sliders={SLIDERS} labels={s} />}
      />
    </div>
  );
}
