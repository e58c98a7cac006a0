import { resolveConfig } from './config';
import { createEngineRunner } from './engineStart';
import type {
  EngineRunner,
  FromWorker,
  MessageEndpoint,
  RunnerCommand,
  RunnerEvent,
  ToWorker,
} from './sessionProtocol';
import type { RunnerOptions } from './sessionRunner';

/**
 * The worker's side of the protocol: starts the session's engine on `init` (engineHost.ts: the
 * TypedArrayRunner at once, a tfjs backend once it has loaded), carries out each command in
 * order, acknowledges it (with the error message when it failed), and forwards the runner's
 * events — progress and state events with a transferred copy of the weights.
 *
 * It takes any endpoint, so tests run it in-process behind a fake Worker; `clock` and `yielder`
 * can be injected there, while the real worker uses the defaults. The returned function stops
 * hosting and disposes the runner (what terminating a real worker does).
 */
export function attachWorkerHost(
  endpoint: MessageEndpoint,
  inject: Pick<RunnerOptions, 'clock' | 'yielder'> = {},
): () => void {
  let runner: EngineRunner | null = null;
  let starting: Promise<EngineRunner> | null = null;
  const post = (message: FromWorker, transfer: Transferable[] = []) =>
    endpoint.postMessage(message, { transfer });

  const forward = (event: RunnerEvent) => {
    if ((event.type === 'progress' || event.type === 'state') && runner) {
      const weights = runner.getWeights();
      post({ kind: 'event', event, weights }, [weights.buffer]);
    } else post({ kind: 'event', event });
  };

  const ack = (id: number) => post({ kind: 'ack', id });
  const nack = (id: number, error: unknown) => post({ kind: 'ack', id, error: messageOf(error) });

  /** Carries out a command, acknowledging it once it has been done. */
  const carryOut = (r: EngineRunner, command: RunnerCommand) => {
    try {
      const done = r.handle(command);
      if (done)
        done.then(
          () => ack(command.id),
          (error: unknown) => nack(command.id, error),
        );
      else ack(command.id);
    } catch (error) {
      nack(command.id, error);
    }
  };

  const onMessage = (e: MessageEvent) => {
    const message = e.data as ToWorker;
    // The shared worker also carries job messages (jobs/jobWorkerHost.ts): not this host's.
    if (message?.kind !== 'init' && message?.kind !== 'command') return;
    if (message.kind === 'init') {
      try {
        if (runner || starting) throw new Error('this worker already hosts a session');
        const made = createEngineRunner(
          resolveConfig(message.config),
          message.engine ?? 'core',
          forward,
          { ...message.timing, ...inject, where: 'worker' },
        );
        if (made instanceof Promise) {
          starting = made;
          made.then(
            (r) => {
              runner = r;
              ack(message.id);
            },
            (error: unknown) => nack(message.id, error),
          );
        } else {
          runner = made;
          ack(message.id);
        }
      } catch (error) {
        nack(message.id, error);
      }
      return;
    }
    const { command } = message;
    if (runner) carryOut(runner, command);
    else if (starting)
      starting.then(
        (r) => carryOut(r, command),
        (error: unknown) => nack(command.id, error),
      );
    else nack(command.id, new Error('the worker has no session yet'));
  };
  endpoint.addEventListener('message', onMessage);
  return () => {
    endpoint.removeEventListener('message', onMessage);
    const dispose = (r: EngineRunner) => void r.handle({ type: 'dispose', id: -1 });
    if (runner) dispose(runner);
    else void starting?.then(dispose, () => undefined);
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
