import type { EngineRunner, RunnerCommand, RunnerEvent } from './sessionProtocol';

/**
 * What a TrainingSession needs from wherever its training runs: carry out a command (resolving
 * when it has been done, rejecting with the reason it could not), report the current weights at
 * once, and shut down. Two drivers exist: the main-thread one here, and the worker proxy
 * (workerDriver.ts). Events arrive through the `onEvent` callback each is built with.
 */
export interface SessionDriver {
  send(command: RunnerCommand): Promise<void>;
  /** A copy of the latest known (last good) weights. */
  getWeights(): Float64Array;
  /** Stops training and releases what the driver holds; later sends are ignored. */
  dispose(): void;
}

/** Runs the session on this thread, in time slices (the fallback without Worker, and tests). */
export function createThreadDriver(runner: EngineRunner): SessionDriver {
  return {
    send(command) {
      try {
        return Promise.resolve(runner.handle(command));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    getWeights: () => runner.getWeights(),
    dispose: () => runner.handle({ type: 'dispose', id: -1 }),
  };
}

/**
 * Runs the session on this thread on a runner that is still starting (a tfjs backend loading):
 * commands wait for it, in order; until it is there, getWeights() answers the seed's weights.
 */
export function createDeferredThreadDriver(
  starting: Promise<EngineRunner>,
  initialWeights: Float64Array,
  onEvent: (event: RunnerEvent) => void,
): SessionDriver {
  let runner: EngineRunner | null = null;
  let disposed = false;
  const ready = starting.then((r) => {
    runner = r;
    if (disposed) void r.handle({ type: 'dispose', id: -1 });
    return r;
  });
  ready.catch((error: unknown) => {
    if (disposed) return;
    const message = error instanceof Error ? error.message : String(error);
    onEvent({ type: 'error', message: `The training engine could not start: ${message}` });
    onEvent({ type: 'state', state: 'error' });
  });
  return {
    send(command) {
      if (disposed) return Promise.resolve();
      return ready.then(async (r) => {
        if (!disposed) await r.handle(command);
      });
    },
    getWeights: () => (runner ? runner.getWeights() : initialWeights.slice()),
    dispose() {
      if (disposed) return;
      disposed = true;
      if (runner) void runner.handle({ type: 'dispose', id: -1 });
    },
  };
}
