import { describe, expect, it } from 'vitest';
import { finiteDifference, relativeError, worstRelativeError } from './gradCheck';

describe('the gradient check', () => {
  it('estimates a derivative by centred differences and puts θ back', () => {
    const theta = Float64Array.of(2, -1);
    const f = () => theta[0]! ** 3 + Math.sin(theta[1]!);
    expect(finiteDifference(f, theta, 0)).toBeCloseTo(12, 8);
    expect(finiteDifference(f, theta, 1)).toBeCloseTo(Math.cos(-1), 9);
    expect(theta).toEqual(Float64Array.of(2, -1));
  });

  it('measures the relative error |a − b| / max(|a|, |b|), with 0/0 = 0', () => {
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError(1, 1.0000001)).toBeCloseTo(1e-7, 12);
    expect(relativeError(-3, 3)).toBe(2);
    expect(relativeError(0, 1e-300)).toBe(1);
  });

  it('finds the worst entry of a wrong gradient', () => {
    const theta = Float64Array.of(1, 2, 3);
    const f = () => theta.reduce((a, v) => a + v * v, 0);
    expect(worstRelativeError(f, theta, Float64Array.of(2, 4, 6))).toBeLessThan(1e-9);
    expect(worstRelativeError(f, theta, Float64Array.of(2, 4, 6.6))).toBeCloseTo(0.6 / 6.6, 6);
  });

  it('fails in float32: rounding the loss to 7 digits swamps a centred difference', () => {
    const theta = Float64Array.of(0.3);
    const exact = 3 * 0.3 ** 2;
    const f32 = () => Math.fround(Math.fround(theta[0]! ** 3) + 100);
    const f64 = () => theta[0]! ** 3 + 100;
    expect(relativeError(finiteDifference(f64, theta, 0), exact)).toBeLessThan(1e-5);
    expect(relativeError(finiteDifference(f32, theta, 0), exact)).toBeGreaterThan(1e-2);
  });
});
