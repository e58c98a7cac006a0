import { useContext, useMemo, useRef } from 'react';
import type { LineSeries } from '../../charts/lineChart';
import {
  LONG_LAG_TEST_SIZE,
  longLagJobs,
  meanCurves,
  SOLVED_SHARE,
  tabulateLongLag,
  type LongLagResult,
} from '../../core/experiments';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useNumberFormat } from '../../ui/useNumberFormat';
import { useWidgetProps, WidgetContext } from '../host/context';
import { longLagMeta } from './meta';

const NO_RESULTS: readonly LongLagResult[] = [];
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The LongLag figure's view model: the experiment job (held off screen and in a hidden tab,
 * paused by the reader), what the reader is told, the chart's curves and the table's rows.
 */
export function useLongLagView() {
  const s = useStrings().longLag;
  const number = useNumberFormat();
  const [props, setProps] = useWidgetProps(longLagMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const run = useJobRun('longLag', props, { element: rootRef, status: store });
  const total = useMemo(() => longLagJobs(props).length, [props]);
  const results = run.progress?.results ?? NO_RESULTS;
  const rows = useMemo(() => tabulateLongLag(props, results), [props, results]);
  const series = useMemo<LineSeries[]>(
    () =>
      meanCurves(results).map((c) => ({ key: c.cell, label: s.cells[c.cell], points: c.points })),
    [results, s],
  );
  const tableRows = rows.map((r) => [
    s.cells[r.cell],
    r.summary ? format(s.solvedOf, { solved: r.summary.solved, runs: r.summary.runs }) : '–',
    r.summary && !Number.isNaN(r.summary.medianSequences)
      ? number(r.summary.medianSequences, 0)
      : '–',
    Number.isNaN(r.meanShareRight) ? '–' : `${number(100 * r.meanShareRight, 0)}%`,
    s.publishedRows[r.cell],
  ]);
  const kept = sigmoid(props.forgetBias);
  const lag = Math.floor(props.T / 2);
  const forgetNote = format(s.forgetNote, {
    bias: props.forgetBias,
    kept: number(kept, 3),
    lag,
    left: number(kept ** lag, 3),
  });

  return {
    props,
    setProps,
    rootRef,
    run,
    /** What "More settings" edits: `JobSettings`' meta, props and setter. */
    jobSettings: { meta: longLagMeta, props, setProps },
    idle: format(s.idle, { total, runs: props.runs, budget: props.budget }),
    runValues: { done: results.length, total },
    series,
    tableRows,
    forgetNote,
    rules: format(s.rules, { share: 100 * SOLVED_SHARE, tests: LONG_LAG_TEST_SIZE }),
    scale: format(s.scale, { T: props.T, runs: props.runs }),
    caption: format(s.tableCaption, { T: props.T }),
  };
}
