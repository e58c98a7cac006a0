import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { bernoulli, gaussian, randomInt, weightedIndex } from './random';
import { chiSquareUniform, meanAndSe } from './testHelpers';

describe('sampling helpers', () => {
  it('randomInt covers lo..hi inclusively and uniformly', () => {
    const rng = createRng(1);
    const counts = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 50_000; i++) {
      const k = randomInt(rng, 3, 12);
      if (k >= 3 && k <= 12) counts[k - 3]!++;
      else outside++;
    }
    expect(outside).toBe(0);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(chiSquareUniform(counts)).toBeLessThan(27.88); // chi-square(9), p = 0.001
    expect(() => randomInt(rng, 2, 1)).toThrow(/lo <= hi/);
  });

  it('gaussian has mean 0, variance 1 and 68.27% of its mass within one sd', () => {
    const rng = createRng(2);
    const n = 100_000;
    const z = Array.from({ length: n }, () => gaussian(rng));
    const { mean, se } = meanAndSe(z);
    expect(Math.abs(mean)).toBeLessThan(4 * se);
    const sq = meanAndSe(z.map((v) => v * v));
    expect(Math.abs(sq.mean - 1)).toBeLessThan(4 * sq.se);
    const inside = z.filter((v) => Math.abs(v) < 1).length / n;
    expect(Math.abs(inside - 0.682689)).toBeLessThan(4 * Math.sqrt((0.6827 * 0.3173) / n));
    const tail = z.filter((v) => v > 2).length / n;
    expect(Math.abs(tail - 0.02275)).toBeLessThan(4 * Math.sqrt((0.02275 * 0.97725) / n));
  });

  it('bernoulli and weightedIndex follow their probabilities', () => {
    const rng = createRng(3);
    const n = 40_000;
    let ones = 0;
    for (let i = 0; i < n; i++) ones += bernoulli(rng, 0.3);
    expect(Math.abs(ones / n - 0.3)).toBeLessThan(4 * Math.sqrt(0.21 / n));
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) counts[weightedIndex(rng, [1, 0, 3])]!++;
    expect(counts[1]).toBe(0);
    expect(Math.abs(counts[0]! / n - 0.25)).toBeLessThan(4 * Math.sqrt(0.1875 / n));
    expect(() => weightedIndex(rng, [0, 0])).toThrow(/positive sum/);
  });
});
