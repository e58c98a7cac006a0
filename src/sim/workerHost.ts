import type { FromWorker, MessageEndpoint, RunnerEvent, ToWorker } from './protocol';
import { Runner, type RunnerOptions } from './runner';
import { SessionCore } from './sessionCore';

/**
 * The worker's side of the protocol: builds a SessionCore and a Runner on `init`, carries out
 * each command, acknowledges it (with the error message when it failed), and forwards the
 * runner's events — progress and state events with a transferred copy of the weights.
 *
 * It takes any endpoint, so tests run it in-process behind a fake Worker; `clock` and `yielder`
 * can be injected there, while the real worker uses the defaults. The returned function stops
 * hosting and disposes the runner (what terminating a real worker does).
 */
export function attachWorkerHost(
  endpoint: MessageEndpoint,
  inject: Pick<RunnerOptions, 'clock' | 'yielder'> = {},
): () => void {
  let runner: Runner | null = null;
  const post = (message: FromWorker, transfer: Transferable[] = []) =>
    endpoint.postMessage(message, { transfer });

  const forward = (event: RunnerEvent) => {
    if ((event.type === 'progress' || event.type === 'state') && runner) {
      const weights = runner.core.getWeights();
      post({ kind: 'event', event, weights }, [weights.buffer]);
    } else post({ kind: 'event', event });
  };

  const onMessage = (e: MessageEvent) => {
    const message = e.data as ToWorker;
    if (message.kind === 'init') {
      try {
        if (runner) throw new Error('this worker already hosts a session');
        const core = new SessionCore(message.config);
        runner = new Runner(core, forward, { ...message.timing, ...inject });
        post({ kind: 'ack', id: message.id });
      } catch (error) {
        post({ kind: 'ack', id: message.id, error: messageOf(error) });
      }
      return;
    }
    const { command } = message;
    try {
      if (!runner) throw new Error('the worker has no session yet');
      runner.handle(command);
      post({ kind: 'ack', id: command.id });
    } catch (error) {
      post({ kind: 'ack', id: command.id, error: messageOf(error) });
    }
  };
  endpoint.addEventListener('message', onMessage);
  return () => {
    endpoint.removeEventListener('message', onMessage);
    runner?.handle({ type: 'dispose', id: -1 });
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
