import type { EngineRequest, SessionConfig } from './types';
import type { Driver } from './driver';
import type { FromWorker, RunnerCommand, RunnerEvent, RunnerTiming, ToWorker } from './protocol';

/** The part of a Worker the proxy uses, so tests can put a fake in its place. */
export interface WorkerLike {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

/**
 * The main thread's proxy of a session that trains in a worker: commands go out by postMessage
 * (weights transferred, not copied), acknowledgements settle the promises, and events come back.
 * The worker sends a copy of the weights with each progress and state event, which the proxy
 * keeps so getWeights() answers at once; it starts from the seed's weights computed here.
 */
export function createWorkerDriver(
  worker: WorkerLike,
  config: SessionConfig,
  timing: RunnerTiming,
  initialWeights: Float64Array,
  onEvent: (event: RunnerEvent) => void,
  engine: EngineRequest = 'core',
): Driver {
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let weights: Float64Array = initialWeights.slice();
  let closed = false;

  const post = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, { transfer });
  const expect = (id: number) =>
    new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
  const settleAll = () => {
    for (const p of pending.values()) p.resolve();
    pending.clear();
  };

  /** The worker is gone (failed to load, crashed): say so once and stop. */
  const fail = (message: string) => {
    if (closed) return;
    closed = true;
    worker.terminate();
    settleAll();
    onEvent({ type: 'error', message });
    onEvent({ type: 'state', state: 'error' });
  };

  worker.addEventListener('message', (e) => {
    if (closed) return;
    const message = (e as MessageEvent<FromWorker>).data;
    if (message.kind === 'ack') {
      const p = pending.get(message.id);
      pending.delete(message.id);
      if (message.error === undefined) p?.resolve();
      else p?.reject(new Error(message.error));
      return;
    }
    if (message.weights) weights = message.weights;
    onEvent(message.event);
  });
  worker.addEventListener('error', (e) => {
    const detail = (e as ErrorEvent).message;
    fail(`The training worker failed${detail ? `: ${detail}` : ''}.`);
  });
  worker.addEventListener('messageerror', () =>
    fail('A message from the training worker was unreadable.'),
  );

  const ready = expect(0);
  ready.catch((e: Error) => fail(`The training worker could not start the session: ${e.message}`));
  post({ kind: 'init', id: 0, config, timing, engine });

  return {
    send(command: RunnerCommand) {
      if (closed) return Promise.resolve();
      const done = expect(command.id);
      if (command.type === 'setWeights') {
        weights = command.weights.slice();
        const copy = command.weights.slice();
        post({ kind: 'command', command: { ...command, weights: copy } }, [copy.buffer]);
      } else post({ kind: 'command', command });
      return done;
    },
    getWeights: () => weights.slice(),
    dispose() {
      if (closed) return;
      closed = true;
      worker.terminate();
      settleAll();
    },
  };
}
