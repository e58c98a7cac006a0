/**
 * Householder QR factorisation (Golub & Van Loan 2013, Matrix Computations, §5.2.2) and
 * Haar-distributed random orthogonal matrices built from it (Mezzadri 2007, "How to generate
 * random matrices from the classical compact groups", Notices of the AMS 54(5)).
 */
import { zeros, type Matrix } from '../matrix';
import type { Rng } from '../rng';
import { identity } from './basic';
import { gaussianMatrix } from './gaussian';

/** A = Q R with Q (m x m) orthogonal and R (m x n) upper triangular. */
interface QrFactors {
  readonly q: Matrix;
  readonly r: Matrix;
}

/**
 * Full QR factorisation of an m x n matrix by Householder reflections H_k = I − β v vᵀ.
 * Q is accumulated explicitly by applying the reflectors to the identity. The diagonal of R
 * may have either sign (no normalisation is applied here).
 */
export function qr(a: Matrix): QrFactors {
  const m = a.rows;
  const n = a.cols;
  const r = Float64Array.from(a.data);
  const q = identity(m).data;
  const v = new Float64Array(m);
  const w = new Float64Array(Math.max(m, n));
  for (let k = 0; k < Math.min(m - 1, n); k++) {
    let scale = 0;
    for (let i = k; i < m; i++) scale = Math.max(scale, Math.abs(r[i * n + k]!));
    if (scale === 0) continue;
    let sigma = 0;
    for (let i = k; i < m; i++) {
      v[i] = r[i * n + k]! / scale;
      sigma += v[i]! * v[i]!;
    }
    const x0 = v[k]!;
    const alpha = -(x0 >= 0 ? 1 : -1) * Math.sqrt(sigma);
    v[k] = x0 - alpha;
    const vtv = sigma - x0 * x0 + v[k]! * v[k]!;
    if (vtv === 0) continue;
    const beta = 2 / vtv;
    // R ← H R on rows k..m-1, columns k..n-1.
    w.fill(0, k, n);
    for (let i = k; i < m; i++) {
      const vi = v[i]!;
      for (let j = k; j < n; j++) w[j] = w[j]! + vi * r[i * n + j]!;
    }
    for (let i = k; i < m; i++) {
      const f = beta * v[i]!;
      for (let j = k; j < n; j++) r[i * n + j] = r[i * n + j]! - f * w[j]!;
    }
    r[k * n + k] = alpha * scale;
    for (let i = k + 1; i < m; i++) r[i * n + k] = 0;
    // Q ← Q H on columns k..m-1 (Q = H_0 H_1 … accumulates from the left).
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = k; j < m; j++) s += q[i * m + j]! * v[j]!;
      s *= beta;
      for (let j = k; j < m; j++) q[i * m + j] = q[i * m + j]! - s * v[j]!;
    }
  }
  return { q: { rows: m, cols: m, data: q }, r: { rows: m, cols: n, data: r } };
}

/**
 * A random n x n orthogonal matrix distributed according to Haar measure on O(n): take a
 * matrix G of i.i.d. N(0, 1) entries, factor G = Q R, and return Q · diag(sign r_ii)
 * (Mezzadri 2007). Without the sign correction the distribution of Q depends on the QR
 * convention and is not Haar. Consumes 2n² draws of `rng` (G is filled row by row).
 */
export function orthogonal(n: number, rng: Rng): Matrix {
  const { q, r } = qr(gaussianMatrix(n, n, rng));
  const out = zeros(n, n);
  for (let j = 0; j < n; j++) {
    const s = r.data[j * n + j]! < 0 ? -1 : 1;
    for (let i = 0; i < n; i++) out.data[i * n + j] = s * q.data[i * n + j]!;
  }
  return out;
}
