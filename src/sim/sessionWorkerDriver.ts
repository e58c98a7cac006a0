import type { SliceTiming } from './jobs/slicer';
import { openWorkerChannel, type WorkerLike } from './jobs/workerChannel';
import type { FromWorker, RunnerCommand, RunnerEvent, ToWorker } from './sessionProtocol';
import type { SessionDriver } from './sessionThreadDriver';
import type { EngineRequest, SessionConfig } from './types';

export type { WorkerLike };

/**
 * The main thread's proxy of a session that trains in the shared worker (simWorker.ts):
 * commands go out by postMessage (weights transferred, not copied), acknowledgements settle the
 * promises, and events come back — over the worker channel jobs use too. The worker sends a copy
 * of the weights with each progress and state event, which the proxy keeps so getWeights()
 * answers at once; it starts from the seed's weights computed here.
 */
export function createWorkerDriver(
  worker: WorkerLike,
  config: SessionConfig,
  timing: SliceTiming,
  initialWeights: Float64Array,
  onEvent: (event: RunnerEvent) => void,
  engine: EngineRequest = 'core',
): SessionDriver {
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let weights: Float64Array = initialWeights.slice();

  const expect = (id: number) =>
    new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
  const settleAll = () => {
    for (const p of pending.values()) p.resolve();
    pending.clear();
  };

  const channel = openWorkerChannel(worker, 'training worker', {
    message(data) {
      const message = data as FromWorker;
      if (message.kind === 'ack') {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (message.error === undefined) p?.resolve();
        else p?.reject(new Error(message.error));
        return;
      }
      if (message.kind !== 'event') return;
      if (message.weights) weights = message.weights;
      onEvent(message.event);
    },
    /** The worker is gone (failed to load, crashed): say so once and stop. */
    failed(message) {
      settleAll();
      onEvent({ type: 'error', message });
      onEvent({ type: 'state', state: 'error' });
    },
  });
  const post = (message: ToWorker, transfer: Transferable[] = []) =>
    channel.post(message, transfer);

  const ready = expect(0);
  ready.catch((e: Error) => {
    if (channel.closed) return;
    channel.close();
    settleAll();
    onEvent({
      type: 'error',
      message: `The training worker could not start the session: ${e.message}`,
    });
    onEvent({ type: 'state', state: 'error' });
  });
  post({ kind: 'init', id: 0, config, timing, engine });

  return {
    send(command: RunnerCommand) {
      if (channel.closed) return Promise.resolve();
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
      if (channel.closed) return;
      channel.close();
      settleAll();
    },
  };
}
