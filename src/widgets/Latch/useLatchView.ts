import { useContext, useMemo, useRef } from 'react';
import type { SuccessByLagData } from '../../charts/successByLag';
import {
  jobsFor,
  tabulate,
  TEST_SIZE,
  type JobResult,
  type LagRow,
  type LagSummary,
} from '../../core/experiments';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useNumberFormat } from '../../ui/useNumberFormat';
import { useWidgetProps, WidgetContext } from '../host/context';
import { latchMeta } from './meta';

const NO_RESULTS: readonly JobResult[] = [];

/**
 * The Latch figure's view model: the experiment job (held off screen and in a hidden tab,
 * paused by the reader or by another figure), what the reader is told, the chart's data and
 * the table's rows.
 */
export function useLatchView() {
  const s = useStrings().latch;
  const number = useNumberFormat();
  const [props, setProps] = useWidgetProps(latchMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const run = useJobRun('latch', props, { element: rootRef, status: store });
  const total = useMemo(() => jobsFor(props).length, [props]);
  const results = run.progress?.results ?? NO_RESULTS;
  const rows = useMemo(() => tabulate(props, results), [props, results]);
  const chartData = useMemo<SuccessByLagData>(
    () => ({
      lags: rows.map((r) => r.T),
      series: [
        { key: 'gd', label: s.gdShort, marker: 'circle', points: shares(rows, 'gd') },
        { key: 'rs', label: s.rsShort, marker: 'square', points: shares(rows, 'rs') },
      ],
    }),
    [rows, s],
  );
  const cells = (summary: LagSummary | null) =>
    summary
      ? [
          format(s.solvedOf, { solved: summary.solved, runs: summary.runs }),
          Number.isNaN(summary.medianSequences) ? '–' : number(summary.medianSequences, 0),
        ]
      : ['–', '–'];
  const tableRows = rows.map((r) => [String(r.T), ...cells(r.gd), ...cells(r.rs)]);

  return {
    rootRef,
    run,
    /** What "More settings" edits: `JobSettings`' meta, props and setter. */
    jobSettings: { meta: latchMeta, props, setProps },
    idle: format(s.idle, { total, tests: TEST_SIZE }),
    runValues: { done: results.length, total },
    number,
    chartData,
    tableRows,
  };
}

const shares = (rows: readonly LagRow[], method: 'gd' | 'rs') =>
  rows.map((r) => {
    const summary = r[method];
    return { lag: r.T, share: summary ? summary.solved / summary.runs : null };
  });
