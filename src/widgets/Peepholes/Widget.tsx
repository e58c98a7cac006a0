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
import { usePeepholesView } from './usePeepholesView';
import './peepholes.css';

const PLOT: SeriesPlotOptions = { height: 180 };
/** Under "More settings": gaps, runs, budget, network, learning rate. */
const SLIDERS = [
  ['minGap', 1, 20, 1],
  ['maxGap', 1, 20, 1],
  ['runs', 1, 20, 1],
  ['budget', 500, 10000, 500],
  ['hidden', 1, 8, 1],
  ['lr', 0.001, 0.1, 'log'],
] as const satisfies readonly SliderRow<string>[];

export default function Peepholes() {
  const s = useStrings().peepholes;
  const { rootRef, run, ...v } = usePeepholesView();
  const chartRef = useChart(createSeriesPlot, PLOT, v.chartData);

  const controls = (
    <JobRunBar
      run={run}
      label={s.run}
      idle={v.idle}
      values={v.runValues}
      testId="peepholes-progress"
    />
  );

  const readout = (
    <>
      <p data-testid="peepholes-times">
        {format(v.trained ? s.timesTrained : s.timesUntrained, {
          ...v.times,
          plain: v.peaks.plain,
          peepholes: v.peaks.peepholes,
        })}
      </p>
      <p className="muted">{s.why}</p>
      <p className="muted">{s.rules}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="peepholes-table"
      caption={s.tableCaption}
      columns={[s.cell, s.solved, s.error, s.median, s.published]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="peepholes" ref={rootRef}>
      <FigureLayout
        picture={
          <div
            className="peepholes__chart"
            ref={chartRef}
            role="img"
            aria-label={s.chartLabel}
            data-testid="peepholes-chart"
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
