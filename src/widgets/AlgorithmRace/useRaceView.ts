import { useContext, useMemo, useRef, useState } from 'react';
import type { Algorithm } from '../../core/diagnostics';
import { costsAt, RACE_ALGORITHMS, type RaceProgress } from '../../core/experiments';
import { format } from '../../i18n';
import type { JobReason, JobState } from '../../sim/jobs';
import { useStrings } from '../../ui/LangContext';
import { useJob } from '../../ui/useJob';
import { useWidgetProps, WidgetContext } from '../host/context';
import { appendPoints, costSeries, curveSeries, emptyCurves, type Curves } from './curves';
import { algorithmRaceMeta } from './meta';

/** 'pausing': asked to pause, waiting for the race's last report before showing it paused. */
type Phase = 'idle' | 'running' | 'pausing' | 'paused' | 'held' | 'error';

/** Hidden sizes of the cost chart: doublings, where n² and n⁴ separate clearly. */
const COST_SIZES = [2, 4, 8, 16, 32, 64, 128];

/** What the race's snapshots add up to: each brings the curve points since the one before. */
interface Track {
  readonly curves: Curves;
  readonly agreement: RaceProgress['agreement'];
}
const EMPTY: Track = { curves: emptyCurves(), agreement: null };

/**
 * The AlgorithmRace's view model: the race job (held off screen and in a hidden tab), the curves
 * its reports add up to, what the reader is told, and the counted costs.
 */
export function useRaceView() {
  const s = useStrings().algorithmRace;
  const [props, setProps] = useWidgetProps(algorithmRaceMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const [track, setTrack] = useState<Track>(EMPTY);
  const job = useJob('algorithmRace', props, {
    element: rootRef,
    status: store,
    onProgress: (progress) =>
      setTrack((t) => ({
        curves: appendPoints(t.curves, progress),
        agreement: progress.agreement ?? t.agreement,
      })),
  });
  // A race belongs to the settings it started with; new settings mean a new race.
  const current = job.input === props;
  const phase: Phase = current ? phaseOf(job.state) : 'idle';
  const { curves, agreement } = phase === 'idle' ? EMPTY : track;
  const latest = current ? job.progress : null;
  const sequences = latest?.stats[0]?.sequences ?? 0;

  const status =
    phase === 'idle'
      ? s.idle
      : phase === 'error'
        ? format(s.failed, { message: job.error ?? '' })
        : format(statusText(s, phase, job.reason), { n: sequences });

  /** Start, pause or resume: one button. A pausing race counts as running until it is paused. */
  const toggle = () => {
    if (phase === 'running' || phase === 'pausing' || phase === 'held') job.pause();
    else if (phase === 'paused') job.resume();
    else {
      setTrack(EMPTY);
      job.start();
    }
  };
  const reset = () => {
    job.cancel();
    setTrack(EMPTY);
  };

  const names = useMemo<Record<Algorithm, string>>(
    () => ({ bptt: 'BPTT', tbptt: `TBPTT(${props.k})`, rtrl: 'RTRL', ekf: 'EKF', dekf: s.dekf }),
    [props.k, s],
  );
  const bySequence = useMemo(() => curveSeries(curves, names, 'sequences'), [curves, names]);
  const byTime = useMemo(() => curveSeries(curves, names, 'seconds'), [curves, names]);
  const costs = useMemo(
    () => COST_SIZES.map((n) => costsAt(n, props.length, props.k)),
    [props.length, props.k],
  );
  const opsSeries = useMemo(
    () => costSeries(COST_SIZES, costs, names, 'multiplyAdds'),
    [costs, names],
  );
  const memSeries = useMemo(
    () => costSeries(COST_SIZES, costs, names, 'floatsStored'),
    [costs, names],
  );
  const rows = useRaceRows(names, latest, props.hidden, props.length, props.k);

  return {
    props,
    setProps,
    rootRef,
    phase,
    running: phase === 'running' || phase === 'pausing' || phase === 'held',
    status,
    agreement,
    toggle,
    reset,
    bySequence,
    byTime,
    opsSeries,
    memSeries,
    rows,
  };
}

/** One row per algorithm: progress, smoothed loss, time per sequence and counted costs. */
function useRaceRows(
  names: Readonly<Record<Algorithm, string>>,
  latest: RaceProgress | null,
  hidden: number,
  length: number,
  k: number,
): string[][] {
  const costs = useMemo(() => costsAt(hidden, length, k), [hidden, length, k]);
  return RACE_ALGORITHMS.map((a) => {
    const stats = latest?.stats.find((x) => x.algorithm === a);
    const smoothed = latest?.smoothed[a];
    return [
      names[a],
      stats ? stats.sequences.toLocaleString('en') : '–',
      smoothed !== undefined && Number.isFinite(smoothed) ? smoothed.toFixed(3) : '–',
      stats && stats.sequences ? (stats.elapsedMs / stats.sequences).toFixed(2) : '–',
      Math.round(costs[a].multiplyAdds).toLocaleString('en'),
      Math.round(costs[a].floatsStored).toLocaleString('en'),
    ];
  });
}

function phaseOf(state: JobState): Phase {
  if (state === 'done' || state === 'cancelled') return 'idle';
  return state;
}

type RaceStrings = ReturnType<typeof useStrings>['algorithmRace'];

/** What an under-way race says: running, held (and why), paused (and by whom). */
function statusText(
  s: RaceStrings,
  phase: Exclude<Phase, 'idle' | 'error'>,
  reason: JobReason | null,
): string {
  if (phase === 'held') return reason === 'hidden-tab' ? s.hiddenTab : s.offscreen;
  if (phase === 'paused') return reason === 'preempted' ? s.preempted : s.paused;
  return s.running;
}
