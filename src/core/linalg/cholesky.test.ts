import { describe, expect, it } from 'vitest';
import { fromFunction, fromRows } from '../matrix';
import { createRng, uniform } from '../rng';
import { addScaledIdentity, matMul, maxAbsDiff, transpose } from './basic';
import { cholesky, choleskySolve } from './cholesky';
import { solve } from './lu';

describe('choleskySolve', () => {
  const a = fromRows([
    [4, 2],
    [2, 3],
  ]);

  it('factors [[4,2],[2,3]] as L = [[2,0],[1,√2]] (by hand: l11 = √4, l21 = 2/2, l22 = √(3−1))', () => {
    const l = cholesky(a);
    expect(l.data[0]).toBe(2);
    expect(l.data[1]).toBe(0);
    expect(l.data[2]).toBe(1);
    expect(l.data[3]).toBeCloseTo(Math.SQRT2, 15);
  });

  it('solves [[4,2],[2,3]] x = (2, 1): A⁻¹ = [[3,−2],[−2,4]]/8 gives x = (0.5, 0)', () => {
    const x = choleskySolve(a, fromRows([[2], [1]]));
    expect(x.data[0]).toBeCloseTo(0.5, 15);
    expect(x.data[1]).toBeCloseTo(0, 15);
  });

  it('agrees with LU on a random 40x40 SPD system with 3 right-hand sides (1e-10)', () => {
    const rng = createRng(8);
    const b = fromFunction(40, 40, () => uniform(rng, -1, 1));
    const spd = addScaledIdentity(matMul(b, transpose(b)), 0.5);
    const rhs = fromFunction(40, 3, () => uniform(rng, -1, 1));
    const x1 = choleskySolve(spd, rhs);
    const x2 = solve(spd, rhs);
    expect(maxAbsDiff(x1, x2)).toBeLessThan(1e-10);
    const l = cholesky(spd);
    expect(maxAbsDiff(matMul(l, transpose(l)), spd)).toBeLessThan(1e-12);
  });

  it('rejects matrices that are not SPD with a clear message', () => {
    // Eigenvalues 3 and −1: symmetric but indefinite.
    expect(() =>
      choleskySolve(
        fromRows([
          [1, 2],
          [2, 1],
        ]),
        fromRows([[1], [1]]),
      ),
    ).toThrow(/not positive definite/);
    expect(() =>
      choleskySolve(
        fromRows([
          [2, 1],
          [0, 2],
        ]),
        fromRows([[1], [1]]),
      ),
    ).toThrow(/not symmetric/);
    // Positive semidefinite but singular.
    expect(() =>
      cholesky(
        fromRows([
          [1, 1],
          [1, 1],
        ]),
      ),
    ).toThrow(/not SPD/);
  });
});
