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
import type { JobReason, JobState } from '../../sim/jobs';
import { useLang, useStrings } from '../../ui/LangContext';
import { useJob } from '../../ui/useJob';
import { useWidgetProps, WidgetContext } from '../host/context';
import { latchMeta } from './meta';

type Phase = 'idle' | 'running' | 'paused' | 'held' | 'stopped' | 'done' | 'error';
type LatchStrings = ReturnType<typeof useStrings>['latch'];

const NO_RESULTS: readonly JobResult[] = [];

/**
 * The Latch figure's view model: the experiment job (held off screen and in a hidden tab,
 * paused by the reader or by another figure), what the reader is told, the chart's data and
 * the table's rows.
 */
export function useLatchView() {
  const s = useStrings().latch;
  const lang = useLang();
  const [props, setProps] = useWidgetProps(latchMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const job = useJob('latch', props, { element: rootRef, status: store });
  const total = useMemo(() => jobsFor(props).length, [props]);
  // A change of settings abandons the experiment (its results would describe other settings).
  const current = job.input === props;
  const results = (current && job.progress?.results) || NO_RESULTS;
  const phase: Phase = current ? phaseOf(job.state) : 'idle';

  const status =
    phase === 'idle'
      ? format(s.idle, { total, tests: TEST_SIZE })
      : phase === 'error'
        ? format(s.failed, { message: job.error ?? '' })
        : format(statusText(s, phase, job.reason), { done: results.length, total });

  const toggle = () => {
    if (phase === 'running' || phase === 'held') job.pause();
    else if (phase === 'paused') job.resume();
    else job.start();
  };

  const number = (x: number, digits = 2) =>
    x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits });
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
    props,
    setProps,
    rootRef,
    phase,
    running: phase === 'running' || phase === 'held',
    /** Stop is offered while there is an experiment to stop. */
    stoppable: phase === 'running' || phase === 'held' || phase === 'paused',
    status,
    toggle,
    stop: job.cancel,
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

/** A run asked to pause shows as paused at once: the runs in flight still land in the table. */
function phaseOf(state: JobState): Phase {
  if (state === 'cancelled') return 'stopped';
  if (state === 'pausing') return 'paused';
  return state;
}

/** What an experiment under way or over says: held and paused say why. */
function statusText(
  s: LatchStrings,
  phase: Exclude<Phase, 'idle' | 'error'>,
  reason: JobReason | null,
): string {
  if (phase === 'held') return reason === 'hidden-tab' ? s.hiddenTab : s.offscreen;
  if (phase === 'paused') return reason === 'preempted' ? s.preempted : s.paused;
  return { running: s.progress, stopped: s.stopped, done: s.done }[phase];
}
