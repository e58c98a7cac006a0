import type { KeptTraining } from '../core/model';
import type { SliceTiming } from './jobs/slicer';
import type { EngineRequest, SessionConfig, SessionEvent, StateReason } from './types';

/**
 * The commands an engine runner obeys and the events it sends back — the same objects whether the runner
 * sits on the main thread or in the worker (where they travel by postMessage). Every command has
 * an id; the session matches acknowledgements and the end of runs to its promises by it.
 */
export type RunnerCommand =
  /** Train `budget` steps (null: until paused); `hold` sets the budget without starting (hidden). */
  | {
      readonly type: 'run';
      readonly id: number;
      readonly budget: number | null;
      readonly hold: boolean;
    }
  /** Stop and drop the remaining budget. */
  | { readonly type: 'pause'; readonly id: number; readonly reason: StateReason }
  /** Stop but keep the remaining budget, for `resume` (the widget left the viewport). */
  | { readonly type: 'suspend'; readonly id: number; readonly reason: StateReason }
  | { readonly type: 'resume'; readonly id: number }
  | { readonly type: 'reset'; readonly id: number }
  /** New weights; with `training`, the optimiser state and run position they were saved with. */
  | {
      readonly type: 'setWeights';
      readonly id: number;
      readonly weights: Float64Array;
      readonly training?: KeptTraining;
    }
  /** Answer with a `trainingState` event: the weights and training state, taken together. */
  | { readonly type: 'readState'; readonly id: number }
  | { readonly type: 'load'; readonly id: number; readonly json: string }
  | { readonly type: 'dispose'; readonly id: number }
  /**
   * TEST HOOK: lose the tfjs WebGL context on purpose (WEBGL_lose_context), as a GPU reset
   * would, so recovery can be tested; fails on any engine but WebGL.
   */
  | { readonly type: 'loseWebGLContext'; readonly id: number };

/**
 * What trains a session, wherever it runs: the typed-array Runner or the tfjs TfRunner. A
 * command is carried out at once (Runner) or in turn after the commands before it (TfRunner:
 * the promise settles when it has been).
 */
export interface EngineRunner {
  handle(command: RunnerCommand): void | Promise<void>;
  /** A copy of the last good weights, in the core layout. */
  getWeights(): Float64Array;
}

/** The weights and what training holds beside them, at one moment (the `readState` answer). */
export interface TrainingSnapshot {
  readonly weights: Float64Array;
  readonly training: KeptTraining;
}

/**
 * A session event, the end of the run a `run` command started (however it ended), or the
 * answer to a `readState` command.
 */
export type RunnerEvent =
  | SessionEvent
  | { readonly type: 'runEnd'; readonly id: number }
  | ({ readonly type: 'trainingState'; readonly id: number } & TrainingSnapshot);

/** Main thread → worker (a training session's messages; jobs have their own, kind 'job'). */
export type ToWorker =
  | {
      readonly kind: 'init';
      readonly id: number;
      readonly config: SessionConfig;
      readonly timing: SliceTiming;
      /** Default 'core'. */
      readonly engine?: EngineRequest;
    }
  | { readonly kind: 'command'; readonly command: RunnerCommand };

/**
 * Worker → main thread. Progress and state events carry a copy of the weights (transferred, not
 * copied again), so the main thread can answer getWeights() at once.
 */
export type FromWorker =
  | { readonly kind: 'event'; readonly event: RunnerEvent; readonly weights?: Float64Array }
  | { readonly kind: 'ack'; readonly id: number; readonly error?: string };

/** What both a Worker and a worker's global scope offer (the subset the protocols use). */
export interface MessageEndpoint {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
