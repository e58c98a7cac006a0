import { createJobCommandHandler } from './commandHandler';
import type { FromJobWorker, ToJobWorker } from './jobWorkerHost';
import type { DefinitionLookup } from './registry';
import type { SliceEnvironment } from './slicer';
import type { JobCommand, RunnerJobEvent } from './types';
import type { WorkerPool } from './workerPool';

/** Where a Job's commands go: a runner on this thread, or the shared worker. */
export interface JobDriver {
  send(command: JobCommand): void;
  /** Stops the job and frees what the driver holds (terminates the worker); nothing follows. */
  dispose(): void;
  /** The job is over (done or failed): frees what the driver holds, a worker for the next job. */
  release(): void;
}

/** Runs the job on this thread, in time slices (no Worker here, or tests). */
export function createThreadJobDriver(
  onEvent: (event: RunnerJobEvent) => void,
  environment: SliceEnvironment = {},
  lookup?: DefinitionLookup,
): JobDriver {
  let disposed = false;
  const handler = createJobCommandHandler(
    (event) => {
      if (!disposed) onEvent(event);
    },
    environment,
    lookup,
  );
  return {
    send: (command) => {
      if (!disposed) handler.handle(command);
    },
    dispose() {
      disposed = true;
      handler.dispose();
    },
    release() {
      this.dispose();
    },
  };
}

/** Runs the job in a worker of `pool` (simWorker.ts, or fakes in tests). */
export function createWorkerJobDriver(
  pool: WorkerPool,
  onEvent: (event: RunnerJobEvent) => void,
): JobDriver {
  const lease = pool.lease({
    message(data) {
      const message = data as Partial<FromJobWorker> | null;
      if (message?.kind === 'jobEvent' && message.event) onEvent(message.event);
    },
    failed: (message) => onEvent({ type: 'error', message }),
  });
  return {
    send: (command) => lease.post({ kind: 'job', command } satisfies ToJobWorker),
    dispose: () => lease.terminate(),
    release: () => lease.release(),
  };
}
