/**
 * Symmetric positive definite solves by the Cholesky factorisation A = L Lᵀ
 * (Golub & Van Loan 2013, Matrix Computations, §4.2, the "gaxpy" Cholesky algorithm 4.2.2).
 */
import type { Matrix } from '../matrix';
import { asymmetry } from './basic';

/** Relative asymmetry above which a matrix is rejected as not symmetric. */
const SYMMETRY_TOLERANCE = 1e-10;

/**
 * The lower-triangular Cholesky factor L of an SPD matrix (row-major n x n, zeros above the
 * diagonal). Throws a descriptive Error if A is not square, not symmetric, or not positive
 * definite (a non-positive pivot appears).
 */
export function cholesky(a: Matrix): Matrix {
  if (a.rows !== a.cols) throw new Error(`cholesky: ${a.rows}x${a.cols} is not square`);
  const asym = asymmetry(a);
  if (asym > SYMMETRY_TOLERANCE)
    throw new Error(
      `cholesky: matrix is not symmetric (relative asymmetry ${asym.toExponential(2)}), so not SPD`,
    );
  const n = a.rows;
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a.data[j * n + j]!;
    for (let k = 0; k < j; k++) d -= l[j * n + k]! ** 2;
    if (!(d > 0))
      throw new Error(
        `cholesky: matrix is not positive definite (pivot ${j} is ${d}); it is not SPD`,
      );
    const ljj = Math.sqrt(d);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a.data[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = s / ljj;
    }
  }
  return { rows: n, cols: n, data: l };
}

/**
 * Solves A X = B for symmetric positive definite A via A = L Lᵀ: forward substitution
 * L Z = B, then back substitution Lᵀ X = Z. B is n x m. Throws if A is not SPD.
 */
export function choleskySolve(a: Matrix, b: Matrix): Matrix {
  const L = cholesky(a);
  const n = a.rows;
  if (b.rows !== n) throw new Error(`choleskySolve: A is ${n}x${n} but B has ${b.rows} rows`);
  const m = b.cols;
  const l = L.data;
  const x = Float64Array.from(b.data);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < i; k++) {
      const lik = l[i * n + k]!;
      if (lik === 0) continue;
      for (let j = 0; j < m; j++) x[i * m + j] = x[i * m + j]! - lik * x[k * m + j]!;
    }
    const d = l[i * n + i]!;
    for (let j = 0; j < m; j++) x[i * m + j] = x[i * m + j]! / d;
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) {
      const lki = l[k * n + i]!;
      if (lki === 0) continue;
      for (let j = 0; j < m; j++) x[i * m + j] = x[i * m + j]! - lki * x[k * m + j]!;
    }
    const d = l[i * n + i]!;
    for (let j = 0; j < m; j++) x[i * m + j] = x[i * m + j]! / d;
  }
  return { rows: n, cols: m, data: x };
}
