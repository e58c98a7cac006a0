import { describe, expect, it } from 'vitest';
import { autoReason, ENGINES, pickFastest } from './engineRegistry';

describe('the engine registry', () => {
  it('lists the typed-array engine first, then the tfjs backends', () => {
    expect(ENGINES[0]).toBe('core');
    expect(new Set(ENGINES).size).toBe(ENGINES.length);
  });

  it('picks the fastest measured engine and keeps the numbers it picked on', () => {
    const pick = pickFastest({ core: 900, wasm: 1200, webgl: 0, cpu: 80 });
    expect(pick.engine).toBe('wasm');
    expect(pick.measured).toEqual([
      ['core', 900],
      ['wasm', 1200],
      ['cpu', 80],
    ]);
    expect(autoReason(pick)).toEqual({
      code: 'autoFastest',
      measured: [
        { engine: 'core', rate: 900 },
        { engine: 'wasm', rate: 1200 },
        { engine: 'cpu', rate: 80 },
      ],
    });
  });

  it('gives ties and an empty measurement to the earlier candidate', () => {
    expect(pickFastest({ core: 5, wasm: 5 }).engine).toBe('core');
    expect(pickFastest({}).engine).toBe('core');
    expect(pickFastest({ cpu: 3 }, ['webgl', 'cpu']).engine).toBe('cpu');
  });
});
