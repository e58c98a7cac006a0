import { afterEach, describe, expect, it, vi } from 'vitest';
import { createYielder } from './clock';

/** Defers three callbacks, cancels the second, and waits for the third. */
async function exercise() {
  const yielder = createYielder();
  const ran: number[] = [];
  await new Promise<void>((resolve) => {
    yielder.defer(() => ran.push(1));
    const cancel = yielder.defer(() => ran.push(2));
    yielder.defer(() => {
      ran.push(3);
      resolve();
    });
    cancel();
  });
  yielder.close();
  return ran;
}

describe('createYielder', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('defers through setImmediate where it exists (Node)', async () => {
    expect(await exercise()).toEqual([1, 3]);
  });

  it('defers through a MessageChannel without setImmediate (pages, workers)', async () => {
    vi.stubGlobal('setImmediate', undefined);
    const created = vi.spyOn(globalThis, 'MessageChannel');
    expect(await exercise()).toEqual([1, 3]);
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('falls back to setTimeout without either', async () => {
    vi.stubGlobal('setImmediate', undefined);
    vi.stubGlobal('MessageChannel', undefined);
    expect(await exercise()).toEqual([1, 3]);
  });
});
