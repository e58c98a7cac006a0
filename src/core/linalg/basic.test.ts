import { describe, expect, it } from 'vitest';
import { fromRows } from '../matrix';
import { createRng, uniform } from '../rng';
import {
  addScaledIdentity,
  asymmetry,
  distance,
  frobenius,
  identity,
  matMul,
  maxAbsDiff,
  norm2,
  trace,
  transpose,
  transposeMatMul,
} from './basic';
import { fromFunction } from '../matrix';

describe('basic matrix operations', () => {
  const a = fromRows([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const b = fromRows([
    [7, 8],
    [9, 10],
    [11, 12],
  ]);

  it('multiplies matrices (hand-computed 2x3 · 3x2)', () => {
    // [1·7+2·9+3·11, 1·8+2·10+3·12; 4·7+5·9+6·11, 4·8+5·10+6·12]
    expect(Array.from(matMul(a, b).data)).toEqual([58, 64, 139, 154]);
    expect(() => matMul(a, a)).toThrow(/2x3 times 2x3/);
  });

  it('transposes', () => {
    const t = transpose(a);
    expect([t.rows, t.cols]).toEqual([3, 2]);
    expect(Array.from(t.data)).toEqual([1, 4, 2, 5, 3, 6]);
  });

  it('computes AᵀB without forming Aᵀ, matching matMul(transpose(A), B)', () => {
    const rng = createRng(3);
    const x = fromFunction(7, 4, () => uniform(rng, -1, 1));
    const y = fromFunction(7, 3, () => uniform(rng, -1, 1));
    expect(maxAbsDiff(transposeMatMul(x, y), matMul(transpose(x), y))).toBeLessThan(1e-15);
  });

  it('builds identities, traces and shifted matrices', () => {
    expect(Array.from(identity(2).data)).toEqual([1, 0, 0, 1]);
    expect(maxAbsDiff(matMul(identity(2), a), a)).toBe(0);
    const sq = matMul(a, b); // [[58, 64], [139, 154]]
    expect(trace(sq)).toBe(212);
    expect(Array.from(addScaledIdentity(sq, -2).data)).toEqual([56, 64, 139, 152]);
  });

  it('computes norms: Frobenius of [[1,2,3],[4,5,6]] is √91, and no overflow at 1e200', () => {
    expect(frobenius(a)).toBeCloseTo(Math.sqrt(91), 14);
    expect(norm2([3, 4])).toBe(5);
    expect(norm2([3e200, 4e200])).toBeCloseTo(5e200, -186);
    expect(norm2([3e-200, 4e-200]) / 1e-200).toBeCloseTo(5, 14);
    expect(norm2([])).toBe(0);
    expect(distance(new Float64Array([1, 1]), new Float64Array([4, 5]))).toBe(5);
  });

  it('measures asymmetry', () => {
    expect(
      asymmetry(
        fromRows([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toBe(0);
    expect(
      asymmetry(
        fromRows([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBeCloseTo(0.25, 15);
  });
});
