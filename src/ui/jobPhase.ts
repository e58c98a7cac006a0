import type { JobReason, JobState } from '../sim/jobs';

/**
 * What a figure that runs seeded runs as a background job tells its reader: the job's state
 * folded into the phases a reader sees, and the sentence for each (held and paused say why).
 */
export type RunsPhase = 'idle' | 'running' | 'paused' | 'held' | 'stopped' | 'done' | 'error';

/** The sentences a runs figure needs, each with {done} and {total} runs. */
export interface RunsStatusStrings {
  readonly progress: string;
  readonly done: string;
  readonly stopped: string;
  readonly paused: string;
  readonly preempted: string;
  readonly offscreen: string;
  readonly hiddenTab: string;
}

/** A run asked to pause still shows as running until the runner confirms: a result may land. */
export function runsPhase(state: JobState): RunsPhase {
  if (state === 'cancelled') return 'stopped';
  if (state === 'pausing') return 'running';
  return state;
}

export function runsStatus(
  s: RunsStatusStrings,
  phase: Exclude<RunsPhase, 'idle' | 'error'>,
  reason: JobReason | null,
): string {
  if (phase === 'held') return reason === 'hidden-tab' ? s.hiddenTab : s.offscreen;
  if (phase === 'paused') return reason === 'preempted' ? s.preempted : s.paused;
  return { running: s.progress, stopped: s.stopped, done: s.done }[phase];
}
