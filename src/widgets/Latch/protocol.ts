import type { ExperimentSettings, JobResult } from './experiment';

/** Main thread → latch worker: the experiment to run (once; the worker is terminated to stop it). */
export interface StartMessage {
  readonly settings: ExperimentSettings;
}

/** Latch worker → main thread: one finished job, the end of the experiment, or a failure. */
export type WorkerReply =
  | { readonly kind: 'result'; readonly result: JobResult }
  | { readonly kind: 'done' }
  | { readonly kind: 'error'; readonly message: string };
