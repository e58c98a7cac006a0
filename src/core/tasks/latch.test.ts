import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { latchTask, twoSequenceTask } from './latch';
import { meanAndSe, value } from './testHelpers';

describe('two-sequence problem (Bengio et al. 1994, as in H&S 1997)', () => {
  it('the first L inputs carry the class, the rest are N(0, 0.2) noise', () => {
    const task = twoSequenceTask({ T: 60, L: 3 });
    const rng = createRng(40);
    const noise: number[] = [];
    let ones = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) {
      const s = task.sample(rng);
      expect(s.inputs.length).toBe(60);
      const c = value(s.targets[59]);
      ones += c;
      expect(s.targets.slice(0, -1).every((y) => y === null)).toBe(true);
      for (let t = 0; t < 3; t++) expect(s.inputs[t]![0]).toBe(c === 1 ? 1 : -1);
      for (let t = 3; t < 60; t++) noise.push(s.inputs[t]![0]!);
    }
    expect(Math.abs(ones / n - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / n));
    const m = meanAndSe(noise);
    expect(Math.abs(m.mean)).toBeLessThan(4 * m.se);
    const v = meanAndSe(noise.map((x) => x * x));
    expect(Math.abs(v.mean - 0.2)).toBeLessThan(4 * v.se);
  });

  it('supports signal noise and the H&S random length T..T+T/10', () => {
    const task = twoSequenceTask({ T: 100, L: 1, signalNoiseStd: 0.5, randomLength: true });
    const rng = createRng(41);
    const seen = new Set<number>();
    const signed: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const s = task.sample(rng);
      seen.add(s.inputs.length);
      const c = value(s.targets.at(-1));
      signed.push((c === 1 ? 1 : -1) * s.inputs[0]![0]!);
    }
    expect(Math.min(...seen)).toBe(100);
    expect(Math.max(...seen)).toBe(110);
    const m = meanAndSe(signed); // mean 1, sd 0.5
    expect(Math.abs(m.mean - 1)).toBeLessThan(4 * m.se);
    expect(m.se * Math.sqrt(3000)).toBeCloseTo(0.5, 1);
    expect(() => twoSequenceTask({ T: 5, L: 6 })).toThrow(/^L must be/);
  });
});

describe('latch', () => {
  it('shows the bit once at t=0 and asks for it at t=T', () => {
    const task = latchTask(20);
    const rng = createRng(42);
    for (let i = 0; i < 200; i++) {
      const s = task.sample(rng);
      expect(s.inputs.length).toBe(21);
      const b = value(s.targets[20]);
      expect(s.inputs[0]![0]).toBe(2 * b - 1);
      expect(s.inputs.slice(1).every((x) => x[0] === 0)).toBe(true);
      expect(s.targets.filter((y) => y !== null).length).toBe(1);
    }
    expect(() => latchTask(0)).toThrow(/^T must be/);
  });
});
