import { useMemo } from 'react';
import { createSuccessByLag } from '../../charts/successByLag';
import { TEST_SIZE } from '../../core/experiments';
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
import { useLatchView } from './useLatchView';
import './latch.css';

/** Under "More settings": the lags, the network, both methods' budgets. */
const sliders = (number: (x: number, digits?: number) => string) =>
  [
    ['maxLag', 2, 128, 1],
    ['hidden', 1, 4, 1],
    ['noiseStd', 0, 0.5, 0.05],
    ['lr', 0.01, 5, 'log'],
    ['range', 0.5, 20, 0.5, (v: number) => `±${number(v, 1)}`],
    ['budget', 100, 5000, 100],
    ['runs', 4, 40, 1],
  ] as const satisfies readonly SliderRow<string>[];

export default function Latch() {
  const s = useStrings().latch;
  const { rootRef, run, ...v } = useLatchView();
  const chartOptions = useMemo(
    () => ({ xLabel: s.lagAxis, yLabel: s.shareAxis, ariaLabel: s.chartLabel }),
    [s],
  );
  const chartRef = useChart(createSuccessByLag, chartOptions, v.chartData);

  const controls = (
    <JobRunBar run={run} label={s.run} idle={v.idle} values={v.runValues} testId="latch-progress" />
  );

  const table = (
    <NumbersTable
      testId="latch-table"
      caption={s.tableCaption}
      columns={[s.lag, s.gdSolved, s.gdMedian, s.rsSolved, s.rsMedian]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="latch" ref={rootRef}>
      <FigureLayout
        picture={<div className="latch__chart" ref={chartRef} />}
        controls={controls}
        readout={<p className="muted">{format(s.rules, { tests: TEST_SIZE })}</p>}
        table={table}
        more={<JobSettings {...v.jobSettings} sliders={sliders(v.number)} labels={s} />}
      />
    </div>
  );
}
