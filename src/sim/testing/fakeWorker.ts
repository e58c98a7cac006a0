import { attachJobWorkerHost } from '../jobs/jobWorkerHost';
import type { DefinitionLookup } from '../jobs/registry';
import type { MessageEndpoint } from '../sessionProtocol';
import type { RunnerOptions } from '../sessionRunner';
import { attachWorkerHost } from '../sessionWorkerHost';
import type { WorkerLike } from '../sessionWorkerDriver';

/**
 * A Worker stand-in that runs the real worker's message handlers (simWorker.ts) in this
 * process, so tests exercise the proxy protocol: every message is structured-cloned — with
 * transferred buffers detached, as in a browser — and delivered asynchronously, in order.
 */
export interface FakeWorker extends WorkerLike {
  readonly terminated: boolean;
  /** Messages posted to the worker so far. */
  readonly sent: unknown[];
}

type Listener = (e: Event) => void;

export function createFakeWorker(
  inject: Pick<RunnerOptions, 'clock' | 'yielder'> = {},
  definitions?: DefinitionLookup,
): FakeWorker {
  const toMain = new Set<Listener>();
  const toWorker = new Set<Listener>();
  const sent: unknown[] = [];
  let terminated = false;
  const deliver = (listeners: Set<Listener>, message: unknown, transfer: Transferable[] = []) => {
    if (terminated) return;
    const data: unknown = structuredClone(message, { transfer });
    queueMicrotask(() => {
      if (terminated) return;
      for (const l of [...listeners]) l({ data } as MessageEvent);
    });
  };
  const scope: MessageEndpoint = {
    postMessage: (message, options) => deliver(toMain, message, options?.transfer),
    addEventListener: (_type, listener) => toWorker.add(listener as Listener),
    removeEventListener: (_type, listener) => toWorker.delete(listener as Listener),
  };
  // Both hosts, as in simWorker.ts: a training session or a job.
  const detachSession = attachWorkerHost(scope, inject);
  const detachJob = attachJobWorkerHost(scope, inject, definitions);
  const detach = () => {
    detachSession();
    detachJob();
  };
  return {
    get terminated() {
      return terminated;
    },
    sent,
    postMessage(message, options) {
      sent.push(message);
      deliver(toWorker, message, options?.transfer);
    },
    addEventListener(type, listener) {
      if (type === 'message') toMain.add(listener);
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      detach();
    },
  };
}
