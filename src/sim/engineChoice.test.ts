import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../core/model';
import { createRng } from '../core/rng';
import { oneHot } from '../core/vocabulary';
import { chooseEngine, shapeKey } from './engineChoice';

const spec: ModelSpec = {
  cell: { kind: 'srn', activation: 'tanh' },
  inputSize: 8,
  hiddenSize: 8,
  outputSize: 8,
  output: 'softmax',
  layers: 1,
  bidirectional: false,
};
const rng = createRng(1);
const batch = [0, 1].map(() => {
  const ids = Array.from({ length: 11 }, () => Math.floor(rng.next() * 8));
  return { inputs: ids.slice(0, 10).map((i) => oneHot(i, 8)), targets: ids.slice(1) };
});

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('chooseEngine', () => {
  it('measures each candidate, skips what cannot run, picks the fastest and remembers it', async () => {
    const storage = memoryStorage();
    const verdict = await chooseEngine(spec, batch, {
      candidates: ['core', 'cpu', 'webgl'],
      budgetMs: 300,
      storage,
      deviceKey: 'test',
    });
    // A tiny model: the typed-array engine beats tfjs's CPU backend by far.
    expect(verdict.engine).toBe('core');
    expect(verdict.stepsPerSecond.core).toBeGreaterThan(verdict.stepsPerSecond.cpu!);
    expect(verdict.stepsPerSecond.cpu).toBeGreaterThan(0);
    expect(verdict.skipped.webgl).toMatch(/webgl/i);
    expect(storage.map.size).toBe(1);
    const key = [...storage.map.keys()][0]!;
    expect(key).toContain(shapeKey(spec, 2, 10));
    // The second call reads the cache instead of measuring again.
    let clockCalls = 0;
    const again = await chooseEngine(spec, batch, {
      candidates: ['core', 'cpu', 'webgl'],
      storage,
      deviceKey: 'test',
      now: () => clockCalls++,
    });
    expect(again).toEqual(verdict);
    expect(clockCalls).toBe(0);
  });

  it('measures again when the cache is broken or picked an engine no longer offered', async () => {
    const storage = memoryStorage();
    storage.setItem(`unrolled-engine:v1:d:${shapeKey(spec, 2, 10)}`, '{not json');
    const v = await chooseEngine(spec, batch, {
      candidates: ['core'],
      storage,
      deviceKey: 'd',
      budgetMs: 50,
    });
    expect(v.engine).toBe('core');
    storage.setItem(
      `unrolled-engine:v1:d:${shapeKey(spec, 2, 10)}`,
      JSON.stringify({ engine: 'webgl', stepsPerSecond: {}, skipped: {} }),
    );
    expect(
      (
        await chooseEngine(spec, batch, {
          candidates: ['core'],
          storage,
          deviceKey: 'd',
          budgetMs: 50,
        })
      ).engine,
    ).toBe('core');
  });

  it('measures when storage refuses to be read or written (denied or full)', async () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const v = await chooseEngine(spec, batch, {
      candidates: ['core'],
      storage: refusing,
      deviceKey: 'denied',
      budgetMs: 50,
    });
    expect(v.engine).toBe('core');
    expect(v.stepsPerSecond.core).toBeGreaterThan(0);
  });

  it('measures every candidate even when the first overruns, and caches only a full verdict', async () => {
    // A clock where each reading is 100 ms later: the first candidate alone "takes" 400 ms.
    let t = 0;
    const slow = () => (t += 100);
    const storage = memoryStorage();
    const v = await chooseEngine(spec, batch, {
      candidates: ['core', 'cpu'],
      budgetMs: 300,
      storage,
      deviceKey: 'slow',
      now: slow,
    });
    expect(v.skipped.cpu).toBeUndefined();
    expect(v.stepsPerSecond.cpu).toBeGreaterThan(0);
    expect(storage.map.size).toBe(1);
    // Far past three budgets the rest is given up, and the verdict is not remembered.
    let u = 0;
    const stalled = memoryStorage();
    const w = await chooseEngine(spec, batch, {
      candidates: ['core', 'cpu'],
      budgetMs: 50,
      storage: stalled,
      deviceKey: 'stalled',
      now: () => (u += 1000),
    });
    expect(w.skipped.cpu).toMatch(/no time left/);
    expect(stalled.map.size).toBe(0);
  });
});
