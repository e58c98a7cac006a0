/**
 * General square solves by LU factorisation with partial (row) pivoting — Gaussian
 * elimination as in Golub & Van Loan (2013), Matrix Computations, §3.4 (algorithm 3.4.1).
 */
import type { Matrix } from '../matrix';

/** P A = L U packed in one buffer (unit-lower L below the diagonal, U on and above). */
interface LuFactors {
  readonly n: number;
  /** L (strictly below the diagonal, unit diagonal implied) and U, row-major n x n. */
  readonly lu: Float64Array;
  /** Row i of P A is row perm[i] of A. */
  readonly perm: Int32Array;
  /** +1 or −1: the sign of the permutation, for determinants. */
  readonly sign: number;
  /** True if some pivot was exactly zero (the matrix is singular to working precision). */
  readonly singular: boolean;
}

/** Factorises a square matrix as P A = L U with partial pivoting. Never throws on singularity. */
export function luDecompose(a: Matrix): LuFactors {
  if (a.rows !== a.cols) throw new Error(`luDecompose: ${a.rows}x${a.cols} is not square`);
  const n = a.rows;
  const lu = Float64Array.from(a.data);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let sign = 1;
  let singular = false;
  for (let k = 0; k < n; k++) {
    let p = k;
    let big = Math.abs(lu[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + k]!);
      if (v > big) {
        big = v;
        p = i;
      }
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = lu[k * n + j]!;
        lu[k * n + j] = lu[p * n + j]!;
        lu[p * n + j] = t;
      }
      const t = perm[k]!;
      perm[k] = perm[p]!;
      perm[p] = t;
      sign = -sign;
    }
    const pivot = lu[k * n + k]!;
    if (pivot === 0 || !Number.isFinite(pivot)) {
      singular = true;
      continue;
    }
    for (let i = k + 1; i < n; i++) {
      const f = lu[i * n + k]! / pivot;
      lu[i * n + k] = f;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) lu[i * n + j] = lu[i * n + j]! - f * lu[k * n + j]!;
    }
  }
  return { n, lu, perm, sign, singular };
}

/** Solves A X = B given P A = L U. B is n x m; returns X (n x m). Throws if A was singular. */
function luSolve(f: LuFactors, b: Matrix): Matrix {
  const { n, lu, perm } = f;
  if (b.rows !== n) throw new Error(`luSolve: matrix is ${n}x${n} but B has ${b.rows} rows`);
  if (f.singular) throw new Error('solve: matrix is singular (a zero pivot in LU)');
  const m = b.cols;
  const x = new Float64Array(n * m);
  for (let i = 0; i < n; i++) x.set(b.data.subarray(perm[i]! * m, perm[i]! * m + m), i * m);
  // Forward substitution with unit-lower L.
  for (let i = 0; i < n; i++)
    for (let k = 0; k < i; k++) {
      const l = lu[i * n + k]!;
      if (l === 0) continue;
      for (let j = 0; j < m; j++) x[i * m + j] = x[i * m + j]! - l * x[k * m + j]!;
    }
  // Back substitution with U.
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) {
      const u = lu[i * n + k]!;
      if (u === 0) continue;
      for (let j = 0; j < m; j++) x[i * m + j] = x[i * m + j]! - u * x[k * m + j]!;
    }
    const d = lu[i * n + i]!;
    for (let j = 0; j < m; j++) x[i * m + j] = x[i * m + j]! / d;
  }
  return { rows: n, cols: m, data: x };
}

/**
 * Solves A X = B for a general square A by LU with partial pivoting. B is n x m (use an
 * n x 1 matrix for a single right-hand side). Throws an Error if A is singular.
 */
export function solve(a: Matrix, b: Matrix): Matrix {
  return luSolve(luDecompose(a), b);
}

/** det A = sign(P) · Π u_ii from the LU factorisation (0 for a singular matrix). */
export function determinant(a: Matrix): number {
  const f = luDecompose(a);
  if (f.singular) return 0;
  let d = f.sign;
  for (let i = 0; i < f.n; i++) d *= f.lu[i * f.n + i]!;
  return d;
}
