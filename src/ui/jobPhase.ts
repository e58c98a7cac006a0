import type { JobReason, JobState } from '../sim/jobs';

/** What a figure that runs a background job on the reader's word says it is doing. */
export type JobPhase = 'idle' | 'running' | 'paused' | 'held' | 'stopped' | 'done' | 'error';

/**
 * The phase a job's state shows as: a cancelled job has stopped; a job asked to pause still
 * runs until the runner confirms (a result on its way may still land).
 */
export function jobPhase(state: JobState): JobPhase {
  if (state === 'cancelled') return 'stopped';
  if (state === 'pausing') return 'running';
  return state;
}

/** The words a figure needs to say where its job stands. */
export interface JobPhaseStrings {
  readonly progress: string;
  readonly done: string;
  readonly stopped: string;
  readonly paused: string;
  readonly preempted: string;
  readonly offscreen: string;
  readonly hiddenTab: string;
}

/** The template for a job under way or over: held and paused say why. */
export function jobPhaseText(
  s: JobPhaseStrings,
  phase: Exclude<JobPhase, 'idle' | 'error'>,
  reason: JobReason | null,
): string {
  if (phase === 'held') return reason === 'hidden-tab' ? s.hiddenTab : s.offscreen;
  if (phase === 'paused') return reason === 'preempted' ? s.preempted : s.paused;
  return { running: s.progress, stopped: s.stopped, done: s.done }[phase];
}

/** What a run bar needs of a job: where it stands and the reader's two actions. */
export interface JobRunControls {
  readonly phase: JobPhase;
  /** Why it is paused or held. */
  readonly reason: JobReason | null;
  readonly error: string | null;
  /** At work or held: the one button offers Pause. */
  readonly running: boolean;
  /** There is a run to stop: at work, held or paused. */
  readonly stoppable: boolean;
  /** Start, pause or resume, as the phase asks. */
  toggle(): void;
  stop(): void;
}
