import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { copyChanceCrossEntropy, copyTask } from './copy';
import { hotIndex } from './testHelpers';

describe('copy task (Arjovsky et al. 2016)', () => {
  const K = 5;
  const A = 4;
  const T = 12;
  const task = copyTask({ K, A, T });

  it('input: K symbols, T-1 blanks, delimiter, K blanks; output: T+K blanks, then the K symbols', () => {
    const rng = createRng(100);
    for (let i = 0; i < 500; i++) {
      const s = task.sample(rng);
      expect(s.inputs.length).toBe(T + 2 * K);
      const ids = s.inputs.map(hotIndex);
      const data = ids.slice(0, K);
      expect(data.every((k) => k >= 1 && k <= A)).toBe(true);
      expect(ids.slice(K, K + T - 1).every((k) => k === 0)).toBe(true);
      expect(ids[K + T - 1]).toBe(A + 1);
      expect(ids.slice(K + T).every((k) => k === 0)).toBe(true);
      expect(s.targets).toEqual([...new Array<number>(T + K).fill(0), ...data]);
    }
  });

  it('the best time-only (memoryless) predictor has cross-entropy K ln A / (T + 2K)', () => {
    // Estimate the entropy of the target at each step from samples: zero for the blanks,
    // ln A for each copied symbol if they are uniform and the network sees nothing.
    const rng = createRng(101);
    const n = 20_000;
    const steps = T + 2 * K;
    const counts = Array.from({ length: steps }, () => new Array<number>(A + 1).fill(0));
    for (let i = 0; i < n; i++) {
      task.sample(rng).targets.forEach((y, t) => counts[t]![y as number]!++);
    }
    let h = 0;
    for (const c of counts) for (const m of c) if (m > 0) h -= (m / n) * Math.log(m / n);
    h /= steps;
    const chance = copyChanceCrossEntropy({ K, A, T });
    expect(chance).toBeCloseTo((K * Math.log(A)) / (T + 2 * K), 15);
    // plug-in entropy is biased low by about (A - 1) / 2n per symbol step
    expect(Math.abs(h - chance)).toBeLessThan(2e-3);
    expect(copyChanceCrossEntropy()).toBeCloseTo((10 * Math.log(8)) / 120, 15);
  });
});
