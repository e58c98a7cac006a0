import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEchoStateComputer, type ComputeWorker, type Outcome } from './compute';
import type { EchoStateResult, EchoStateSettings } from './experiment';
import type { ComputeRequest } from './protocol';

afterEach(() => vi.useRealTimers());

const settings = (rho: number): EchoStateSettings => ({
  size: 20,
  rho,
  sparsity: 0.9,
  inputScaling: 1,
  leak: 1,
  ridge: 1e-6,
  seed: 1,
});

/** A worker whose replies the test sends by hand. */
function fakeWorker() {
  const listeners: Record<string, ((e: Event) => void)[]> = { message: [], error: [] };
  const sent: ComputeRequest[] = [];
  const worker: ComputeWorker = {
    postMessage: (m) => sent.push(m),
    addEventListener: (type, l) => listeners[type]!.push(l),
    terminate: vi.fn(),
  };
  const reply = (id: number, result: Partial<EchoStateResult>) =>
    listeners['message']!.forEach((l) => l({ data: { id, ok: true, result } } as MessageEvent));
  const replyError = (id: number, message: string) =>
    listeners['message']!.forEach((l) => l({ data: { id, ok: false, message } } as MessageEvent));
  const fail = () => listeners['error']!.forEach((l) => l(new Event('error')));
  return { worker, sent, reply, replyError, fail };
}

describe('createEchoStateComputer', { timeout: 60_000 }, () => {
  it('keeps only the newest request waiting while one runs', () => {
    const w = fakeWorker();
    const seen: [Outcome, boolean][] = [];
    const c = createEchoStateComputer(
      (o, busy) => seen.push([o, busy]),
      () => w.worker,
    );
    c.compute(settings(0.5));
    c.compute(settings(0.6));
    c.compute(settings(0.7));
    expect(w.sent.map((m) => m.settings.rho)).toEqual([0.5]);
    w.reply(w.sent[0]!.id, { freeNrmse: 1 });
    expect(w.sent.map((m) => m.settings.rho)).toEqual([0.5, 0.7]);
    expect(seen).toHaveLength(1);
    expect(seen[0]![0].settings.rho).toBe(0.5);
    expect(seen[0]![1]).toBe(true); // 0.7 still to come
    w.reply(w.sent[0]!.id, { freeNrmse: 2 }); // a stale reply is ignored
    expect(seen).toHaveLength(1);
    w.reply(w.sent[1]!.id, { freeNrmse: 3 });
    expect(seen[1]![0].result?.freeNrmse).toBe(3);
    expect(seen[1]![1]).toBe(false);
    c.dispose();
    expect(w.worker.terminate).toHaveBeenCalled();
  });

  it('passes the worker’s error message on', () => {
    const w = fakeWorker();
    const seen: Outcome[] = [];
    createEchoStateComputer(
      (o) => seen.push(o),
      () => w.worker,
    ).compute(settings(0.9));
    w.replyError(w.sent[0]!.id, 'cholesky: matrix is not positive definite');
    expect(seen[0]!.error).toBe('cholesky: matrix is not positive definite');
    expect(seen[0]!.settings.rho).toBe(0.9);
  });

  it('runs on the main thread where no worker starts, and when the worker fails', async () => {
    vi.useFakeTimers();
    const seen: Outcome[] = [];
    const none = createEchoStateComputer(
      (o) => seen.push(o),
      () => {
        throw new Error('no Worker here');
      },
    );
    none.compute(settings(0.9));
    expect(seen).toHaveLength(0); // not synchronously: the busy state paints first
    await vi.runAllTimersAsync();
    expect(seen[0]!.result!.freeNrmse).toBeLessThan(0.1);

    const w = fakeWorker();
    const rescued: Outcome[] = [];
    createEchoStateComputer(
      (o) => rescued.push(o),
      () => w.worker,
    ).compute(settings(0.9));
    w.fail();
    expect(w.worker.terminate).toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(rescued[0]!.result!.freeNrmse).toBe(seen[0]!.result!.freeNrmse);
  });

  it('reports an exception of the experiment as an error outcome', async () => {
    vi.useFakeTimers();
    const seen: Outcome[] = [];
    createEchoStateComputer(
      (o) => seen.push(o),
      () => {
        throw new Error('no Worker here');
      },
    ).compute({ ...settings(0.9), size: 40, ridge: 1e-12 });
    await vi.runAllTimersAsync();
    expect(seen[0]!.error).toMatch(/not positive definite/);
    expect(seen[0]!.result).toBeUndefined();
  });
});
