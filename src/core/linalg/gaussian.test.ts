import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { gaussian, gaussianMatrix } from './gaussian';

describe('gaussian (Box–Muller)', () => {
  const n = 200_000;
  const rng = createRng(2024);
  const xs = Array.from({ length: n }, () => gaussian(rng));

  it('has mean 0 and variance 1 (standard errors 0.0022 and 0.0032 at n = 200k)', () => {
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n;
    expect(Math.abs(mean)).toBeLessThan(0.012);
    expect(Math.abs(variance - 1)).toBeLessThan(0.016);
  });

  it('matches standard normal probabilities: P(Z < 1) = 0.841345, P(|Z| > 1.959964) = 0.05', () => {
    const below1 = xs.filter((x) => x < 1).length / n;
    const tails = xs.filter((x) => Math.abs(x) > 1.959964).length / n;
    // Binomial standard errors: 0.00082 and 0.00049; allow 5 of them.
    expect(Math.abs(below1 - 0.841345)).toBeLessThan(0.0041);
    expect(Math.abs(tails - 0.05)).toBeLessThan(0.0025);
    // Fourth moment of N(0,1) is 3 (standard error ≈ 0.022 here).
    const m4 = xs.reduce((s, x) => s + x ** 4, 0) / n;
    expect(Math.abs(m4 - 3)).toBeLessThan(0.11);
  });

  it('is reproducible from the seed and fills matrices row by row', () => {
    const a = createRng(7);
    const b = createRng(7);
    const m = gaussianMatrix(2, 3, a);
    const expected = Array.from({ length: 6 }, () => gaussian(b));
    expect(Array.from(m.data)).toEqual(expected);
    expect(expected.every(Number.isFinite)).toBe(true);
  });
});
