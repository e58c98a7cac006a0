import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { addingChanceMse, addingTask } from './adding';
import { meanAndSe, value } from './testHelpers';
import type { Sample } from './types';

const markedAt = (s: Sample) => s.inputs.flatMap((x, t) => (x[1] === 1 ? [t] : []));

describe('adding problem, Hochreiter & Schmidhuber 1997', () => {
  const T = 100;
  const task = addingTask('hochreiter1997', T);

  it('follows the paper: lengths, markers, first-pair rule, target at the end only', () => {
    const rng = createRng(10);
    let firstMarked = 0;
    for (let i = 0; i < 3000; i++) {
      const s = task.sample(rng);
      const L = s.inputs.length;
      expect(L >= T && L <= T + T / 10).toBe(true);
      const marked = markedAt(s);
      expect(marked.length).toBe(2);
      expect(Math.min(...marked)).toBeLessThan(10); // X1 is one of the first ten pairs
      expect(Math.max(...marked)).toBeLessThanOrEqual(T / 2 - 1); // X2 among the first T/2-1 unmarked
      const wrong = s.inputs.filter((x, t) => {
        const m = marked.includes(t) ? 1 : t === 0 || t === L - 1 ? -1 : 0;
        return x[1] !== m || x[0]! < -1 || x[0]! > 1;
      });
      expect(wrong.length).toBe(0);
      if (marked[0] === 0) {
        firstMarked++;
        expect(s.inputs[0]![0]).toBe(0);
      }
      expect(s.targets.slice(0, -1).every((y) => y === null)).toBe(true);
      const sum = s.inputs[marked[0]!]![0]! + s.inputs[marked[1]!]![0]!;
      expect(value(s.targets[L - 1])).toBeCloseTo(0.5 + sum / 4, 14);
    }
    // P(first pair marked) = 1/10 + (9/10)/49
    const p = 0.1 + 0.9 / 49;
    expect(Math.abs(firstMarked / 3000 - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 3000));
  });

  it('predicting the mean 0.5 gives the analytic chance MSE', () => {
    for (const t of [20, 100]) {
      const rng = createRng(11 + t);
      const sq = Array.from({ length: 20_000 }, () => {
        const s = addingTask('hochreiter1997', t).sample(rng);
        return (value(s.targets.at(-1)) - 0.5) ** 2;
      });
      const { mean, se } = meanAndSe(sq);
      expect(Math.abs(mean - addingChanceMse('hochreiter1997', t))).toBeLessThan(4 * se);
    }
    // the first-pair rule makes it smaller than the naive (1/3 + 1/3)/16 = 1/24
    expect(addingChanceMse('hochreiter1997', 20)).toBeCloseTo((1.9 - 0.1) / 48, 15);
    expect(addingChanceMse('hochreiter1997', 100)).toBeLessThan(1 / 24);
  });
});

describe('adding problem, modern two-halves version', () => {
  const T = 50;
  const task = addingTask('modern', T);

  it('has length T, one marker in each half and target = sum of the marked values', () => {
    const rng = createRng(12);
    for (let i = 0; i < 2000; i++) {
      const s = task.sample(rng);
      expect(s.inputs.length).toBe(T);
      const marked = markedAt(s);
      expect(marked.length).toBe(2);
      expect(marked[0]!).toBeLessThan(T / 2);
      expect(marked[1]!).toBeGreaterThanOrEqual(T / 2);
      expect(s.inputs.every((x) => x[1] === 0 || x[1] === 1)).toBe(true);
      expect(s.inputs.every((x) => x[0]! >= 0 && x[0]! < 1)).toBe(true);
      const sum = s.inputs[marked[0]!]![0]! + s.inputs[marked[1]!]![0]!;
      expect(value(s.targets[T - 1])).toBe(sum);
      expect(s.targets.filter((y) => y !== null).length).toBe(1);
    }
  });

  it('predicting the mean 1 gives MSE 1/6', () => {
    const rng = createRng(13);
    const sq = Array.from(
      { length: 20_000 },
      () => (value(task.sample(rng).targets.at(-1)) - 1) ** 2,
    );
    const { mean, se } = meanAndSe(sq);
    expect(addingChanceMse('modern', T)).toBe(1 / 6);
    expect(Math.abs(mean - 1 / 6)).toBeLessThan(4 * se);
  });

  it('rejects bad arguments by name', () => {
    expect(() => addingTask('modern', 1)).toThrow(/^T must be/);
    expect(() => addingTask('hochreiter1997', 9)).toThrow(/^T must be/);
    expect(() => addingTask('other' as 'modern', 10)).toThrow(/version/);
  });
});
