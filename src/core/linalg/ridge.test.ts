import { describe, expect, it } from 'vitest';
import { fromFunction, fromRows, type Matrix } from '../matrix';
import { createRng, uniform } from '../rng';
import {
  addScaledIdentity,
  frobenius,
  matMul,
  matSub,
  maxAbsDiff,
  transpose,
  transposeMatMul,
} from './basic';
import { solve } from './lu';
import { ridgeRegression } from './ridge';

const rng = createRng(31);
const random = (r: number, c: number) => fromFunction(r, c, () => uniform(rng, -1, 1));
const relErr = (a: Matrix, b: Matrix) =>
  maxAbsDiff(a, b) / Math.max(...Array.from(b.data, Math.abs));

/** The dual form W = Xᵀ (X Xᵀ + λI)⁻¹ Y, solved by LU: an independent route to the same W. */
const dualRidge = (x: Matrix, y: Matrix, lambda: number) =>
  matMul(transpose(x), solve(addScaledIdentity(matMul(x, transpose(x)), lambda), y));

describe('ridgeRegression', () => {
  it('matches the 1-D closed form Σxy / (Σx² + λ): x = (1,2,3), y = (2,4,7), λ = 1 → 31/15', () => {
    const w = ridgeRegression(fromRows([[1], [2], [3]]), fromRows([[2], [4], [7]]), 1);
    expect(w.data[0]).toBeCloseTo(31 / 15, 14);
  });

  it('matches the dual form Xᵀ(XXᵀ + λI)⁻¹Y (LU) to 1e-9, over- and underdetermined', () => {
    for (const [n, d, m, lambda] of [
      [30, 5, 2, 0.7],
      [5, 12, 3, 0.1],
      [40, 40, 1, 1e-3],
    ] as const) {
      const x = random(n, d);
      const y = random(n, m);
      const w = ridgeRegression(x, y, lambda);
      expect([w.rows, w.cols]).toEqual([d, m]);
      expect(relErr(w, dualRidge(x, y, lambda))).toBeLessThan(1e-9);
    }
  });

  it('has zero gradient 2Xᵀ(XW − Y) + 2λW and beats random perturbations of W', () => {
    const x = random(25, 6);
    const y = random(25, 2);
    const lambda = 0.3;
    const w = ridgeRegression(x, y, lambda);
    const loss = (v: Matrix) =>
      frobenius(matSub(matMul(x, v), y)) ** 2 + lambda * frobenius(v) ** 2;
    const grad = transposeMatMul(x, matSub(matMul(x, w), y));
    grad.data.forEach((g, i) => expect(Math.abs(g + lambda * w.data[i]!)).toBeLessThan(1e-13));
    const base = loss(w);
    for (let k = 0; k < 20; k++) {
      const dw = fromFunction(6, 2, () => uniform(rng, -1e-3, 1e-3));
      expect(loss({ ...w, data: w.data.map((v, i) => v + dw.data[i]!) })).toBeGreaterThan(base);
    }
  });

  it('with λ = 0 on a full-rank overdetermined system gives least squares', () => {
    const x = random(50, 4);
    const wTrue = random(4, 3);
    // Exact data: the least-squares solution is W_true itself.
    expect(maxAbsDiff(ridgeRegression(x, matMul(x, wTrue), 0), wTrue)).toBeLessThan(1e-12);
    // Noisy data: the residual is orthogonal to the columns of X (the normal equations).
    const y = random(50, 3);
    const w = ridgeRegression(x, y, 0);
    const normal = transposeMatMul(x, matSub(matMul(x, w), y));
    expect(Math.max(...Array.from(normal.data, Math.abs))).toBeLessThan(1e-12);
    // λ → 0 continuously approaches it.
    expect(relErr(ridgeRegression(x, y, 1e-10), w)).toBeLessThan(1e-8);
  });

  it('shrinks toward XᵀY / λ as λ grows, and rejects bad inputs', () => {
    const x = random(10, 3);
    const y = random(10, 1);
    const w = ridgeRegression(x, y, 1e8);
    const limit = transposeMatMul(x, y);
    w.data.forEach((v, i) => expect(v * 1e8).toBeCloseTo(limit.data[i]!, 5));
    expect(() => ridgeRegression(x, y, -1)).toThrow(/λ must be/);
    expect(() => ridgeRegression(x, random(9, 1), 1)).toThrow(/samples/);
    // Rank-deficient X (a repeated column) with λ = 0: XᵀX is singular, not SPD.
    const rankDeficient = fromFunction(10, 2, (i) => x.data[i * 3]!);
    expect(() => ridgeRegression(rankDeficient, y, 0)).toThrow(/SPD/);
  });
});
