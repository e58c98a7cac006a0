import type { RunnerCommand, RunnerEvent } from './protocol';
import { Runner, type RunnerOptions } from './runner';
import type { SessionCore } from './sessionCore';

/**
 * What a TrainingSession needs from wherever its training runs: carry out a command (resolving
 * when it has been done, rejecting with the reason it could not), report the current weights at
 * once, and shut down. Two drivers exist: the main-thread one here, and the worker proxy
 * (workerDriver.ts). Events arrive through the `onEvent` callback each is built with.
 */
export interface Driver {
  send(command: RunnerCommand): Promise<void>;
  /** A copy of the latest known (last good) weights. */
  getWeights(): Float64Array;
  /** Stops training and releases what the driver holds; later sends are ignored. */
  dispose(): void;
}

/** Runs the session on this thread, in time slices (the fallback without Worker, and tests). */
export function createLocalDriver(
  core: SessionCore,
  onEvent: (event: RunnerEvent) => void,
  options: RunnerOptions = {},
): Driver {
  const runner = new Runner(core, onEvent, options);
  return {
    send(command) {
      try {
        runner.handle(command);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    getWeights: () => core.getWeights(),
    dispose: () => runner.handle({ type: 'dispose', id: -1 }),
  };
}
