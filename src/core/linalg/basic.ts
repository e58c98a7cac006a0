/**
 * Elementary dense linear algebra on the engine's row-major `Matrix` (see ../matrix.ts):
 * products, transposes, identities and norms. Everything here allocates a fresh result and
 * never mutates its arguments.
 */
import { zeros, type Matrix, type Vector } from '../matrix';

/** The n x n identity matrix. */
export function identity(n: number): Matrix {
  const m = zeros(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

/** A deep copy of `m` (a new data buffer). */
export function clone(m: Matrix): Matrix {
  return { rows: m.rows, cols: m.cols, data: Float64Array.from(m.data) };
}

/** Aᵀ */
export function transpose(a: Matrix): Matrix {
  const t = zeros(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) {
    const off = i * a.cols;
    for (let j = 0; j < a.cols; j++) t.data[j * a.rows + i] = a.data[off + j]!;
  }
  return t;
}

/** A B (i-k-j loop order so the inner loop runs along rows of both B and the result). */
export function matMul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) throw new Error(`matMul: ${a.rows}x${a.cols} times ${b.rows}x${b.cols}`);
  const c = zeros(a.rows, b.cols);
  const n = b.cols;
  for (let i = 0; i < a.rows; i++) {
    const cOff = i * n;
    for (let k = 0; k < a.cols; k++) {
      const aik = a.data[i * a.cols + k]!;
      if (aik === 0) continue;
      const bOff = k * n;
      for (let j = 0; j < n; j++) c.data[cOff + j] = c.data[cOff + j]! + aik * b.data[bOff + j]!;
    }
  }
  return c;
}

/** Aᵀ B without forming Aᵀ (A is n x p, B is n x q, the result p x q). */
export function transposeMatMul(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows)
    throw new Error(`transposeMatMul: (${a.rows}x${a.cols})ᵀ times ${b.rows}x${b.cols}`);
  const p = a.cols;
  const q = b.cols;
  const c = zeros(p, q);
  for (let r = 0; r < a.rows; r++) {
    const aOff = r * p;
    const bOff = r * q;
    for (let i = 0; i < p; i++) {
      const ari = a.data[aOff + i]!;
      if (ari === 0) continue;
      const cOff = i * q;
      for (let j = 0; j < q; j++) c.data[cOff + j] = c.data[cOff + j]! + ari * b.data[bOff + j]!;
    }
  }
  return c;
}

/** A − B (same shape). */
export function matSub(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows || a.cols !== b.cols)
    throw new Error(`matSub: ${a.rows}x${a.cols} minus ${b.rows}x${b.cols}`);
  return { rows: a.rows, cols: a.cols, data: a.data.map((v, i) => v - b.data[i]!) };
}

/** A + s I for square A. */
export function addScaledIdentity(a: Matrix, s: number): Matrix {
  if (a.rows !== a.cols) throw new Error(`addScaledIdentity: ${a.rows}x${a.cols} is not square`);
  const m = clone(a);
  for (let i = 0; i < a.rows; i++) m.data[i * a.cols + i] = m.data[i * a.cols + i]! + s;
  return m;
}

/** Sum of the diagonal of a square matrix. */
export function trace(a: Matrix): number {
  if (a.rows !== a.cols) throw new Error(`trace: ${a.rows}x${a.cols} is not square`);
  let t = 0;
  for (let i = 0; i < a.rows; i++) t += a.data[i * a.cols + i]!;
  return t;
}

/** Frobenius norm √(Σ a_ij²), accumulated with scaling so it neither overflows nor underflows. */
export function frobenius(a: Matrix): number {
  return norm2(a.data);
}

/**
 * Euclidean norm of a vector, with LAPACK dnrm2's running scale (Anderson et al. 1999) so that
 * it neither overflows nor underflows.
 */
export function norm2(v: ArrayLike<number>): number {
  let scale = 0;
  let ssq = 1;
  for (let i = 0; i < v.length; i++) {
    const x = Math.abs(v[i]!);
    if (x === 0) continue;
    if (scale < x) {
      ssq = 1 + ssq * (scale / x) ** 2;
      scale = x;
    } else {
      ssq += (x / scale) ** 2;
    }
  }
  return scale * Math.sqrt(ssq);
}

/** Euclidean distance ‖a − b‖ between two vectors of equal length. */
export function distance(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new Error(`distance: lengths ${a.length} and ${b.length}`);
  const d = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) d[i] = a[i]! - b[i]!;
  return norm2(d);
}

/** Largest |a_ij − b_ij|, for comparing matrices in tests and checks. */
export function maxAbsDiff(a: Matrix, b: Matrix): number {
  if (a.rows !== b.rows || a.cols !== b.cols)
    throw new Error(`maxAbsDiff: ${a.rows}x${a.cols} vs ${b.rows}x${b.cols}`);
  let m = 0;
  for (let i = 0; i < a.data.length; i++) m = Math.max(m, Math.abs(a.data[i]! - b.data[i]!));
  return m;
}

/** Largest |a_ij − a_ji| relative to the largest |a_ij|; 0 for an exactly symmetric matrix. */
export function asymmetry(a: Matrix): number {
  if (a.rows !== a.cols) return Infinity;
  const n = a.rows;
  let big = 0;
  let diff = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      big = Math.max(big, Math.abs(a.data[i * n + j]!));
      if (j > i) diff = Math.max(diff, Math.abs(a.data[i * n + j]! - a.data[j * n + i]!));
    }
  return big === 0 ? 0 : diff / big;
}

/** A column vector (n x 1 matrix) sharing nothing with `v`. */
export function columnMatrix(v: ArrayLike<number>): Matrix {
  return { rows: v.length, cols: 1, data: Float64Array.from(v) };
}
