import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { multiplicationChanceMse, multiplicationTask } from './multiplication';
import { meanAndSe, value } from './testHelpers';

describe('multiplication problem (H&S 1997 experiment 5)', () => {
  const T = 100;
  const task = multiplicationTask(T);

  it('target is the product of the two marked values; a marked first pair is 1.0', () => {
    const rng = createRng(20);
    let firstMarked = 0;
    for (let i = 0; i < 3000; i++) {
      const s = task.sample(rng);
      const L = s.inputs.length;
      expect(L >= T && L <= T + 10).toBe(true);
      const marked = s.inputs.flatMap((x, t) => (x[1] === 1 ? [t] : []));
      expect(marked.length).toBe(2);
      expect(Math.min(...marked)).toBeLessThan(10);
      expect(s.inputs.every((x) => x[0]! >= 0 && x[0]! <= 1)).toBe(true);
      if (marked[0] === 0) {
        firstMarked++;
        expect(s.inputs[0]![0]).toBe(1);
      } else {
        expect(s.inputs[0]![1]).toBe(-1);
      }
      expect(s.inputs[L - 1]![1]).toBe(-1);
      const product = s.inputs[marked[0]!]![0]! * s.inputs[marked[1]!]![0]!;
      expect(value(s.targets[L - 1])).toBe(product);
      expect(s.targets.filter((y) => y !== null).length).toBe(1);
    }
    expect(firstMarked).toBeGreaterThan(200); // about 11.8% of 3000
  });

  it('predicting the mean gives the analytic chance MSE (not the naive 7/144)', () => {
    const rng = createRng(21);
    const ys = Array.from({ length: 20_000 }, () => value(task.sample(rng).targets.at(-1)));
    const pU = 0.1 + 0.9 / 49;
    const mu = pU / 2 + (1 - pU) / 4;
    const { mean: m, se: seMean } = meanAndSe(ys);
    expect(Math.abs(m - mu)).toBeLessThan(4 * seMean);
    const { mean, se } = meanAndSe(ys.map((y) => (y - mu) ** 2));
    const chance = multiplicationChanceMse(T);
    expect(Math.abs(mean - chance)).toBeLessThan(4 * se);
    expect(chance - 7 / 144).toBeGreaterThan(8 * se);
  });
});
