import { describe, expect, it } from 'vitest';
import { fromFunction, fromRows } from '../matrix';
import { createRng, uniform } from '../rng';
import { columnMatrix, identity, matMul, maxAbsDiff } from './basic';
import { determinant, luDecompose, solve } from './lu';

describe('solve (LU with partial pivoting)', () => {
  // a_11 = 0, so elimination without pivoting would divide by zero.
  const a = fromRows([
    [0, 2, 1],
    [1, 1, 1],
    [2, 1, 0],
  ]);

  it('solves a system that needs a row swap: x = (1, 2, 3) from b = A x = (7, 6, 4)', () => {
    const x = solve(a, columnMatrix([7, 6, 4]));
    [1, 2, 3].forEach((v, i) => expect(x.data[i]).toBeCloseTo(v, 14));
  });

  it('computes the determinant by cofactors: det A = 0·(−1) − 2·(−2) + 1·(−1) = 3', () => {
    expect(determinant(a)).toBeCloseTo(3, 14);
    expect(
      determinant(
        fromRows([
          [2, 0],
          [0, 5],
        ]),
      ),
    ).toBe(10);
    // One row swap flips the sign.
    expect(
      determinant(
        fromRows([
          [0, 1],
          [1, 0],
        ]),
      ),
    ).toBe(-1);
    // By hand: swap rows 0↔2, eliminate, swap rows 1↔2 → U = [[2,1,0],[0,2,1],[0,0,0.75]].
    const f = luDecompose(a);
    expect(Array.from(f.perm)).toEqual([2, 0, 1]);
    expect(f.sign).toBe(1);
    expect([f.lu[0], f.lu[4], f.lu[8]]).toEqual([2, 2, 0.75]);
  });

  it('inverts a random 60x60 matrix: A · solve(A, I) = I to 1e-11', () => {
    const rng = createRng(11);
    const m = fromFunction(60, 60, () => uniform(rng, -1, 1));
    const inv = solve(m, identity(60));
    expect(maxAbsDiff(matMul(m, inv), identity(60))).toBeLessThan(1e-11);
  });

  it('satisfies det(AB) = det(A) det(B) on random matrices', () => {
    const rng = createRng(5);
    const x = fromFunction(8, 8, () => uniform(rng, -1, 1));
    const y = fromFunction(8, 8, () => uniform(rng, -1, 1));
    const lhs = determinant(matMul(x, y));
    expect(Math.abs(lhs - determinant(x) * determinant(y))).toBeLessThan(1e-12 * Math.abs(lhs));
  });

  it('throws on a singular matrix and on shape mismatches', () => {
    const singular = fromRows([
      [1, 2],
      [2, 4],
    ]);
    expect(() => solve(singular, columnMatrix([1, 1]))).toThrow(/singular/);
    expect(determinant(singular)).toBe(0);
    expect(() => solve(a, columnMatrix([1, 2]))).toThrow(/rows/);
    expect(() => solve(fromRows([[1, 2, 3]]), columnMatrix([1]))).toThrow(/not square/);
  });
});
