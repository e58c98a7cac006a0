import { describe, expect, it } from 'vitest';
import { fromFunction, fromRows, matVec, type Matrix } from '../matrix';
import { createRng, uniform, type Rng } from '../rng';
import { matMul, norm2, trace } from './basic';
import { eigenvalues, spectralRadius, type Complex } from './eigen';
import { gaussianMatrix } from './gaussian';
import { determinant } from './lu';

/** Sorts by real part, then imaginary part, for comparing unordered spectra. */
const sorted = (zs: Complex[]) => [...zs].sort((a, b) => a.re - b.re || a.im - b.im);

/** Greedy matching: every expected value has a distinct computed eigenvalue within tol. */
function expectSpectrum(actual: Complex[], expected: Complex[], tol: number) {
  expect(actual).toHaveLength(expected.length);
  const left = [...actual];
  for (const e of expected) {
    let best = -1;
    let bestD = Infinity;
    left.forEach((z, i) => {
      const d = Math.hypot(z.re - e.re, z.im - e.im);
      if (d < bestD) [best, bestD] = [i, d];
    });
    expect(bestD).toBeLessThan(tol);
    left.splice(best, 1);
  }
}

const real = (...xs: number[]): Complex[] => xs.map((re) => ({ re, im: 0 }));

function randomSymmetric(n: number, rng: Rng): Matrix {
  const m = fromFunction(n, n, () => 0);
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const v = uniform(rng, -1, 1);
      m.data[i * n + j] = v;
      m.data[j * n + i] = v;
    }
  return m;
}

/**
 * Independent reference for symmetric matrices: the cyclic Jacobi method
 * (Golub & Van Loan 2013, algorithm 8.5.3), rotating until the off-diagonal part vanishes.
 */
function jacobiEigenvalues(m: Matrix): number[] {
  const n = m.rows;
  const a = Float64Array.from(m.data);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const tau = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t =
          tau >= 0 ? 1 / (tau + Math.sqrt(1 + tau * tau)) : -1 / (-tau + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
  }
  return Array.from({ length: n }, (_, i) => a[i * n + i]!).sort((x, y) => x - y);
}

/** Independent reference for the dominant eigenvalue: power iteration + Rayleigh quotient. */
function powerIteration(m: Matrix, iterations: number): number {
  let v: Float64Array = new Float64Array(m.rows).fill(1);
  let lambda = 0;
  for (let k = 0; k < iterations; k++) {
    const w = matVec(m, v);
    lambda = w.reduce((s, x, i) => s + x * v[i]!, 0) / v.reduce((s, x) => s + x * x, 0);
    const nw = norm2(w);
    v = w.map((x) => x / nw);
  }
  return lambda;
}

/** Multiplies out Π (x − r_k) for complex roots; returns real monic coefficients, highest first. */
function polyFromRoots(roots: Complex[]): number[] {
  let re = [1];
  let im = [0];
  for (const r of roots) {
    const nre = new Array<number>(re.length + 1).fill(0);
    const nim = new Array<number>(re.length + 1).fill(0);
    for (let i = 0; i < re.length; i++) {
      nre[i] = nre[i]! + re[i]!;
      nim[i] = nim[i]! + im[i]!;
      nre[i + 1] = nre[i + 1]! - (re[i]! * r.re - im[i]! * r.im);
      nim[i + 1] = nim[i + 1]! - (re[i]! * r.im + im[i]! * r.re);
    }
    re = nre;
    im = nim;
  }
  im.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-12));
  return re;
}

describe('eigenvalues', () => {
  it('returns the diagonal of a diagonal matrix', () => {
    const d = fromRows([
      [3, 0, 0, 0],
      [0, -1, 0, 0],
      [0, 0, 2.5, 0],
      [0, 0, 0, 0],
    ]);
    expectSpectrum(eigenvalues(d), real(3, -1, 2.5, 0), 1e-15);
    expect(eigenvalues(fromRows([[7]]))).toEqual([{ re: 7, im: 0 }]);
    expect(eigenvalues(fromRows([]))).toEqual([]);
  });

  it('returns the diagonal of upper and lower triangular matrices (random off-diagonal part)', () => {
    const rng = createRng(1);
    const diag = [4, -2, 0.5, 1, -3, 2];
    const upper = fromFunction(6, 6, (i, j) =>
      i === j ? diag[i]! : j > i ? uniform(rng, -5, 5) : 0,
    );
    const lower = fromFunction(6, 6, (i, j) => upper.data[j * 6 + i]!);
    expectSpectrum(eigenvalues(upper), real(...diag), 1e-10);
    expectSpectrum(eigenvalues(lower), real(...diag), 1e-10);
  });

  it('handles a defective Jordan block [[1,1],[0,1]] (double eigenvalue 1)', () => {
    expectSpectrum(
      eigenvalues(
        fromRows([
          [1, 1],
          [0, 1],
        ]),
      ),
      real(1, 1),
      1e-12,
    );
  });

  it('finds e^{±iθ} for a rotation by θ = 0.7 and for a 3-D rotation (plus the axis, 1)', () => {
    const [c, s] = [Math.cos(0.7), Math.sin(0.7)];
    const rot = fromRows([
      [c, -s],
      [s, c],
    ]);
    const expected = [
      { re: c, im: s },
      { re: c, im: -s },
    ];
    expectSpectrum(eigenvalues(rot), expected, 1e-14);
    const rot3 = fromRows([
      [c, 0, -s],
      [0, 1, 0],
      [s, 0, c],
    ]);
    expectSpectrum(eigenvalues(rot3), [...expected, { re: 1, im: 0 }], 1e-14);
    expect(spectralRadius(rot3)).toBeCloseTo(1, 14);
  });

  it('finds the roots of a polynomial from its companion matrix', () => {
    // p(x) = (x − 1)(x − 2)(x + 3)(x − 0.5)(x − (1 + 2i))(x − (1 − 2i)), degree 6.
    const roots = [...real(1, 2, -3, 0.5), { re: 1, im: 2 }, { re: 1, im: -2 }];
    const coeffs = polyFromRoots(roots); // [1, c5, …, c0]
    const n = roots.length;
    // Frobenius companion matrix: first row −c_{n−1} … −c_0, ones on the subdiagonal.
    const comp = fromFunction(n, n, (i, j) => (i === 0 ? -coeffs[j + 1]! : i === j + 1 ? 1 : 0));
    expectSpectrum(eigenvalues(comp), roots, 1e-9);
    expect(spectralRadius(comp)).toBeCloseTo(3, 9);
  });

  it('matches Jacobi, trace, LU determinant and power iteration on random symmetric matrices', () => {
    const rng = createRng(42);
    for (const n of [2, 6, 30]) {
      const m = randomSymmetric(n, rng);
      const ev = eigenvalues(m);
      ev.forEach((z) => expect(z.im).toBe(0));
      const ours = sorted(ev).map((z) => z.re);
      const reference = jacobiEigenvalues(m);
      ours.forEach((v, i) => expect(Math.abs(v - reference[i]!)).toBeLessThan(1e-12 * n));
      const sum = ours.reduce((s, x) => s + x, 0);
      expect(Math.abs(sum - trace(m))).toBeLessThan(1e-13 * n);
      const prod = ours.reduce((p, x) => p * x, 1);
      const det = determinant(m);
      expect(Math.abs(prod - det)).toBeLessThan(1e-11 * Math.abs(det));
      const dominant = powerIteration(m, 20_000);
      expect(Math.abs(Math.abs(dominant) - spectralRadius(m))).toBeLessThan(1e-10);
    }
  });

  it('keeps trace and trace(A²) on a random 200x200 matrix (Σλ = tr A, Σλ² = tr A², 1e-8 rel.)', () => {
    const rng = createRng(200);
    const m = gaussianMatrix(200, 200, rng);
    const ev = eigenvalues(m);
    expect(ev).toHaveLength(200);
    const scale = ev.reduce((s, z) => s + Math.hypot(z.re, z.im), 0);
    const sumRe = ev.reduce((s, z) => s + z.re, 0);
    const sumIm = ev.reduce((s, z) => s + z.im, 0);
    expect(Math.abs(sumRe - trace(m))).toBeLessThan(1e-8 * scale);
    expect(Math.abs(sumIm)).toBeLessThan(1e-8 * scale);
    // Σ λ² = Σ (re² − im²) + 2i Σ re·im.
    const sq = ev.reduce((s, z) => s + z.re * z.re - z.im * z.im, 0);
    const sqScale = ev.reduce((s, z) => s + z.re * z.re + z.im * z.im, 0);
    expect(Math.abs(sq - trace(matMul(m, m)))).toBeLessThan(1e-8 * sqScale);
    // Complex eigenvalues of a real matrix come in conjugate pairs.
    const complex = ev.filter((z) => z.im !== 0);
    expectSpectrum(
      complex,
      complex.map((z) => ({ re: z.re, im: -z.im })),
      1e-12 * scale,
    );
    // Circular law (Girko 1984): the spectrum of an n x n N(0,1) matrix fills the disc of radius
    // √n ≈ 14.1, so ρ should be close to it.
    expect(spectralRadius(m)).toBeGreaterThan(12);
    expect(spectralRadius(m)).toBeLessThan(16);
  });

  it('finds all 500 eigenvalues of a 500x500 matrix, summing to its trace', () => {
    const m = gaussianMatrix(500, 500, createRng(500));
    const ev = eigenvalues(m);
    expect(ev).toHaveLength(500);
    const sumRe = ev.reduce((s, z) => s + z.re, 0);
    const scale = ev.reduce((s, z) => s + Math.hypot(z.re, z.im), 0);
    expect(Math.abs(sumRe - trace(m))).toBeLessThan(1e-8 * scale);
  });

  it('rejects non-square and non-finite input', () => {
    expect(() => eigenvalues(fromRows([[1, 2]]))).toThrow(/not square/);
    expect(() =>
      eigenvalues(
        fromRows([
          [1, NaN],
          [0, 1],
        ]),
      ),
    ).toThrow(/non-finite/);
  });
});
