import { createJobCommandHandler } from './commandHandler';
import type { FromJobWorker, ToJobWorker } from './jobWorkerHost';
import type { DefinitionLookup } from './registry';
import type { SliceEnvironment } from './slicer';
import type { JobCommand, RunnerJobEvent } from './types';
import { openWorkerChannel, type WorkerLike } from './workerChannel';

/** Where a Job's commands go: a runner on this thread, or the shared worker. */
export interface JobDriver {
  send(command: JobCommand): void;
  /** Stops the job and frees what the driver holds (terminates the worker); nothing follows. */
  dispose(): void;
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
  };
}

/** Runs the job in a worker (simWorker.ts, or a fake in tests). */
export function createWorkerJobDriver(
  worker: WorkerLike,
  onEvent: (event: RunnerJobEvent) => void,
): JobDriver {
  const channel = openWorkerChannel(worker, 'background worker', {
    message(data) {
      const message = data as Partial<FromJobWorker> | null;
      if (message?.kind === 'jobEvent' && message.event) onEvent(message.event);
    },
    failed: (message) => onEvent({ type: 'error', message }),
  });
  return {
    send: (command) => channel.post({ kind: 'job', command } satisfies ToJobWorker),
    dispose: () => channel.close(),
  };
}
