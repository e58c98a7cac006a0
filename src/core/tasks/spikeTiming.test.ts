import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { spikeTimesOf, spikeTimingTask } from './spikeTiming';
import { assertSampleShape } from './validate';

describe('spike timing (Gers, Schraudolph & Schmidhuber 2002, measuring a spike distance)', () => {
  it('answers one gap after the second spike, with every gap in range and every start used', () => {
    const task = spikeTimingTask({ minGap: 3, maxGap: 6, length: 20 });
    const rng = createRng(5);
    const gaps = new Set<number>();
    const firsts = new Set<number>();
    for (let n = 0; n < 2000; n++) {
      const s = task.sample(rng);
      expect(assertSampleShape(task, s)).toBe(20);
      const { first, second, target } = spikeTimesOf(s);
      const gap = second - first;
      expect(target - second).toBe(gap);
      expect(target).toBeLessThan(20);
      gaps.add(gap);
      firsts.add(first);
      // Exactly two input spikes and one target spike: everything else is 0.
      expect(s.inputs.reduce((a, x) => a + x[0]!, 0)).toBe(2);
      expect(s.targets.reduce<number>((a, y) => a + (y as Float64Array)[0]!, 0)).toBe(1);
    }
    expect([...gaps].sort()).toEqual([3, 4, 5, 6]);
    // t₁ ranges over 0..length − 1 − 2·gap: up to 13 for the shortest gap.
    expect(Math.min(...firsts)).toBe(0);
    expect(Math.max(...firsts)).toBe(13);
  });

  it('a fixed gap gives a fixed interval; the same seed gives the same samples', () => {
    const task = spikeTimingTask({ minGap: 5, maxGap: 5, length: 12 });
    const a = createRng(9);
    const b = createRng(9);
    for (let n = 0; n < 50; n++) {
      const s = task.sample(a);
      const { first, second, target } = spikeTimesOf(s);
      expect([second - first, target - second]).toEqual([5, 5]);
      expect(spikeTimesOf(task.sample(b))).toEqual({ first, second, target });
    }
  });

  it('refuses settings where the answer cannot fit', () => {
    expect(() => spikeTimingTask({ minGap: 4, maxGap: 8, length: 16 })).toThrow(/length/);
    expect(() => spikeTimingTask({ minGap: 5, maxGap: 4 })).toThrow(/maxGap/);
    expect(() => spikeTimingTask({ minGap: 0 })).toThrow(/minGap/);
  });
});
