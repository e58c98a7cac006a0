import { describe, expect, it } from 'vitest';
import { nrmse } from './metrics';

describe('nrmse', () => {
  it('is RMSE / std: target (1,2,3,4) has variance 1.25, one error of 1 gives √(0.25/1.25)', () => {
    expect(nrmse([1, 2, 3, 5], [1, 2, 3, 4])).toBeCloseTo(Math.sqrt(0.2), 15);
    expect(nrmse([1, 2, 3, 4], [1, 2, 3, 4])).toBe(0);
  });

  it('is 1 for predicting the mean and scale-invariant', () => {
    expect(nrmse([2.5, 2.5, 2.5, 2.5], [1, 2, 3, 4])).toBeCloseTo(1, 15);
    expect(nrmse([10, 20, 30, 50], [10, 20, 30, 40])).toBeCloseTo(Math.sqrt(0.2), 15);
  });

  it('averages the per-dimension NRMSE for vector series', () => {
    const pred = [
      new Float64Array([1, 2.5]),
      new Float64Array([2, 2.5]),
      new Float64Array([3, 2.5]),
      new Float64Array([5, 2.5]),
    ];
    const target = [1, 2, 3, 4].map((t) => new Float64Array([t, t]));
    expect(nrmse(pred, target)).toBeCloseTo((Math.sqrt(0.2) + 1) / 2, 15);
  });

  it('rejects mismatched, empty and constant series', () => {
    expect(() => nrmse([1, 2], [1, 2, 3])).toThrow(/predictions/);
    expect(() => nrmse([], [])).toThrow(/empty/);
    expect(() => nrmse([1, 2], [3, 3])).toThrow(/constant/);
  });
});
