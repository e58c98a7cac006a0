import type { MessageEndpoint } from '../sessionProtocol';
import { createJobCommandHandler } from './commandHandler';
import type { DefinitionLookup } from './registry';
import type { SliceEnvironment } from './slicer';
import type { JobCommand, RunnerJobEvent } from './types';

/** Main thread → the shared worker, for a job (training messages have other kinds). */
export interface ToJobWorker {
  readonly kind: 'job';
  readonly command: JobCommand;
}

/** The shared worker → main thread, for a job. */
export interface FromJobWorker {
  readonly kind: 'jobEvent';
  readonly event: RunnerJobEvent;
}

/**
 * The job side of the shared worker (simWorker.ts): carries out the job messages it receives
 * and posts the runner's events back; other messages are the training session's. Tests attach
 * it to a fake endpoint with a simulated clock. Returns the function that stops hosting.
 */
export function attachJobWorkerHost(
  endpoint: MessageEndpoint,
  environment: SliceEnvironment = {},
  lookup?: DefinitionLookup,
): () => void {
  const post = (event: RunnerJobEvent) => {
    try {
      endpoint.postMessage({ kind: 'jobEvent', event } satisfies FromJobWorker);
    } catch (error) {
      // A result that cannot be cloned: say so instead of going silent.
      const message = `the job’s ${event.type} could not be sent: ${String(error)}`;
      endpoint.postMessage({
        kind: 'jobEvent',
        event: { type: 'error', message },
      } satisfies FromJobWorker);
    }
  };
  const handler = createJobCommandHandler(post, environment, lookup);
  const onMessage = (e: MessageEvent) => {
    const message = e.data as Partial<ToJobWorker> | null;
    if (message?.kind === 'job' && message.command) handler.handle(message.command);
  };
  endpoint.addEventListener('message', onMessage);
  return () => {
    endpoint.removeEventListener('message', onMessage);
    handler.dispose();
  };
}
