import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { task2a, task2b, task2c, task2cExpectedLength } from './longLag';
import { hotIndex, meanAndSe } from './testHelpers';

describe('long time lags (H&S 1997 experiment 2)', () => {
  it('task 2a: (x, a1..a_{p-1}, x) or (y, ..., y); p respected; first symbol predicts the last', () => {
    const p = 30;
    const task = task2a(p);
    expect(task.inputSize).toBe(p + 1);
    expect(task.symbols!.slice(-2)).toEqual(['x', 'y']);
    const rng = createRng(70);
    const firsts = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const s = task.sample(rng);
      expect(s.inputs.length).toBe(p);
      const ids = s.inputs.map(hotIndex);
      firsts.add(ids[0]!);
      expect([p - 1, p]).toContain(ids[0]);
      expect(ids.slice(1)).toEqual(Array.from({ length: p - 1 }, (_, k) => k));
      expect(s.targets).toEqual([...ids.slice(1), ids[0]]);
    }
    expect(firsts.size).toBe(2);
    expect(() => task2a(1)).toThrow(/^p must be/);
  });

  it('task 2b: random middle over a1..a_{p-1}, same ends', () => {
    const p = 10;
    const rng = createRng(71);
    const middle = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const s = task2b(p).sample(rng);
      const ids = s.inputs.map(hotIndex);
      ids.slice(1).forEach((k) => middle.add(k));
      expect(s.targets.at(-1)).toBe(ids[0]);
    }
    expect([...middle].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('task 2c: b, x/y, >= q distractors, e; the target after e is the second symbol', () => {
    const p = 20;
    const q = 40;
    const task = task2c(p, q);
    expect(task.inputSize).toBe(p + 4);
    expect(task.outputSize).toBe(2);
    const rng = createRng(72);
    const lengths: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const s = task.sample(rng);
      const ids = s.inputs.map(hotIndex);
      const sym = ids.map((k) => task.symbols![k]);
      expect(sym[0]).toBe('b');
      expect(['x', 'y']).toContain(sym[1]);
      expect(sym.at(-1)).toBe('e');
      const distractors = ids.slice(2, -1);
      expect(distractors.length).toBeGreaterThanOrEqual(q);
      expect(distractors.every((k) => k < p)).toBe(true);
      expect(s.targets.slice(0, -1).every((y) => y === null)).toBe(true);
      expect(s.targets.at(-1)).toBe(sym[1] === 'x' ? 0 : 1);
      lengths.push(ids.length + 1); // + the final x/y
    }
    const { mean, se } = meanAndSe(lengths);
    expect(task2cExpectedLength(q)).toBe(q + 13);
    expect(Math.abs(mean - (q + 13))).toBeLessThan(4 * se);
  });
});
