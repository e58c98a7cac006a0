import { describe, expect, it } from 'vitest';
import { fromFunction, type Matrix } from '../matrix';
import { createRng, uniform } from '../rng';
import { identity, matMul, maxAbsDiff, norm2, transpose } from './basic';
import { gaussianMatrix } from './gaussian';
import { determinant } from './lu';
import { orthogonal, qr } from './orthogonal';

const gramError = (q: Matrix) => maxAbsDiff(matMul(transpose(q), q), identity(q.cols));

describe('qr (Householder)', () => {
  it('factors square and tall matrices: QR = A, QᵀQ = I, R upper triangular', () => {
    const rng = createRng(9);
    for (const [m, n] of [
      [5, 5],
      [7, 4],
      [3, 6],
    ] as const) {
      const a = fromFunction(m, n, () => uniform(rng, -2, 2));
      const { q, r } = qr(a);
      expect(maxAbsDiff(matMul(q, r), a)).toBeLessThan(1e-13);
      expect(gramError(q)).toBeLessThan(1e-14);
      for (let i = 0; i < m; i++)
        for (let j = 0; j < Math.min(i, n); j++) expect(r.data[i * n + j]).toBe(0);
    }
  });
});

describe('orthogonal (Haar, Mezzadri 2007)', () => {
  it('is orthogonal to 1e-12 for n = 1, 2, 10, 100: QᵀQ = QQᵀ = I', () => {
    const rng = createRng(1);
    for (const n of [1, 2, 10, 100]) {
      const q = orthogonal(n, rng);
      expect(gramError(q)).toBeLessThan(1e-12);
      expect(maxAbsDiff(matMul(q, transpose(q)), identity(n))).toBeLessThan(1e-12);
    }
  });

  it('has first column G₁/‖G₁‖ for the Gaussian matrix G drawn from the same seed', () => {
    // With the sign correction, column j of Q is the Gram–Schmidt orthonormalisation of G's
    // first j columns with positive coefficients, so column 1 is exactly G's column, normalised.
    const q = orthogonal(6, createRng(77));
    const g = gaussianMatrix(6, 6, createRng(77));
    const g1 = Array.from({ length: 6 }, (_, i) => g.data[i * 6]!);
    const len = norm2(g1);
    g1.forEach((v, i) => expect(q.data[i * 6]).toBeCloseTo(v / len, 13));
  });

  it('has Haar statistics for n = 3: Q₁₁ ~ Uniform[−1, 1] and det Q = ±1 equally often', () => {
    // For Haar Q ∈ O(3), the first column is uniform on the sphere S², so by Archimedes' hat-box
    // theorem Q₁₁ is uniform on [−1, 1]: mean 0, E|Q₁₁| = 1/2, P(Q₁₁ < 1/2) = 3/4. Without the
    // sign correction Householder QR would give Q₁₁ < 0 and det Q = +1 every time.
    const rng = createRng(123);
    const samples = 4000;
    let sum = 0;
    let sumAbs = 0;
    let belowHalf = 0;
    let positiveDet = 0;
    for (let s = 0; s < samples; s++) {
      const q = orthogonal(3, rng);
      const q11 = q.data[0]!;
      sum += q11;
      sumAbs += Math.abs(q11);
      if (q11 < 0.5) belowHalf++;
      if (determinant(q) > 0) positiveDet++;
    }
    // Standard errors: 0.0091, 0.0046, 0.0068, 0.0079; allow about 4.5 of them.
    expect(Math.abs(sum / samples)).toBeLessThan(0.04);
    expect(Math.abs(sumAbs / samples - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(belowHalf / samples - 0.75)).toBeLessThan(0.03);
    expect(Math.abs(positiveDet / samples - 0.5)).toBeLessThan(0.035);
  });

  it('is reproducible from the seed', () => {
    expect(orthogonal(5, createRng(3)).data).toEqual(orthogonal(5, createRng(3)).data);
    expect(orthogonal(5, createRng(3)).data).not.toEqual(orthogonal(5, createRng(4)).data);
  });
});
