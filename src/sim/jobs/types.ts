import type { SliceTiming } from './slicer';

/**
 * The vocabulary of background jobs. A job is pure code from src/core, one of two shapes:
 * - a function `(input) => result`: runs in one go (on the main thread it cannot be sliced, so
 *   such jobs must be short there — or be written as generators);
 * - a generator `function*(input)` whose every `yield` is a safe pause point. What it yields is
 *   a Report: a function the runner calls only when a progress snapshot is due (at a bounded
 *   rate, before a pause, at the end), so a snapshot costs nothing at the other pause points.
 */

/** When a snapshot is taken: the runner's clock, and whether it is the last before a pause or end. */
export interface ReportContext {
  readonly now: number;
  /** The last snapshot before a pause or at the end (a job may do costlier checks then). */
  readonly final: boolean;
}

/** Takes a progress snapshot; called only when one is sent. */
export type Report<P> = (context: ReportContext) => P;

export interface FunctionJob<I, R> {
  readonly shape: 'function';
  readonly run: (input: I) => R;
}

export interface GeneratorJob<I, P, R> {
  readonly shape: 'generator';
  readonly run: (input: I) => Generator<Report<P>, R, void>;
}

export type JobDefinition<I, P, R> = FunctionJob<I, R> | GeneratorJob<I, P, R>;

/** A job that runs in one go (see the note above on the main thread). */
export function functionJob<I, R>(run: (input: I) => R): FunctionJob<I, R> {
  return { shape: 'function', run };
}

/** A job of pause points; each yield hands over how to take a snapshot. */
export function generatorJob<I, P, R>(
  run: (input: I) => Generator<Report<P>, R, void>,
): GeneratorJob<I, P, R> {
  return { shape: 'generator', run };
}

/** Where a job runs: in a Web Worker, or in time slices on the main thread. */
export type JobWhere = 'worker' | 'thread';

/**
 * - idle: created, not started; running; pausing: asked to pause, waiting for the last report;
 * - paused: by the reader, or preempted by another job the reader started (see `reason`);
 * - held: may not run now — its figure is off screen or the tab is hidden (see `reason`) — and
 *   goes on by itself when visible again;
 * - done, error, cancelled: over.
 */
export type JobState =
  'idle' | 'running' | 'pausing' | 'paused' | 'held' | 'done' | 'error' | 'cancelled';

/** Why a job is paused or held. */
export type JobReason = 'reader' | 'preempted' | 'offscreen' | 'hidden-tab';

/** Main thread → runner (across postMessage when in a worker). */
export type JobCommand =
  | {
      readonly type: 'start';
      readonly kind: string;
      readonly input: unknown;
      readonly timing?: SliceTiming;
    }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'cancel' };

/**
 * Runner → main thread. `paused` marks the last snapshot before a pause (nothing follows until
 * a resume), `final` the last one of the run; 'paused' confirms the runner has stopped.
 */
export type RunnerJobEvent<P = unknown, R = unknown> =
  | {
      readonly type: 'progress';
      readonly progress: P;
      readonly paused: boolean;
      readonly final: boolean;
    }
  | { readonly type: 'paused' }
  | { readonly type: 'done'; readonly result: R }
  | { readonly type: 'error'; readonly message: string };

/** What a Job tells its listeners. */
export type JobEvent<P = unknown, R = unknown> =
  | RunnerJobEvent<P, R>
  | { readonly type: 'state'; readonly state: JobState; readonly reason: JobReason | null };
