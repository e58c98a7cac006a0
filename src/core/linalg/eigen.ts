/**
 * All eigenvalues of a general real square matrix, in three classical stages:
 *   1. balancing (Parlett & Reinsch 1969; EISPACK balanc) to reduce the norm by diagonal
 *      similarity with powers of 2, which is exact and improves accuracy;
 *   2. reduction to upper Hessenberg form by Householder similarity transforms
 *      (Golub & Van Loan 2013, Matrix Computations, §7.4.3; EISPACK orthes);
 *   3. the implicitly shifted Francis double-shift QR iteration on the Hessenberg matrix
 *      (Francis 1961; Golub & Van Loan 2013 §7.5; the hqr routine of EISPACK, Smith et al. 1976,
 *      as transcribed in Press et al. 2007, Numerical Recipes 3rd ed., §11.6).
 * Cost is O(n³): a 500 x 500 matrix takes well under a second in Node.
 */
import type { Matrix } from '../matrix';

/** A complex number re + i·im. */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

/**
 * QR iterations allowed per eigenvalue before giving up (EISPACK allows 30); an exceptional
 * shift is applied every 10.
 */
const MAX_ITERATIONS = 60;

/** In-place balancing of the n x n row-major array `a` (Press et al. 2007, balanc). */
function balance(a: Float64Array, n: number): void {
  const RADIX = 2;
  const SQRDX = RADIX * RADIX;
  let done = false;
  while (!done) {
    done = true;
    for (let i = 0; i < n; i++) {
      let r = 0;
      let c = 0;
      for (let j = 0; j < n; j++)
        if (j !== i) {
          c += Math.abs(a[j * n + i]!);
          r += Math.abs(a[i * n + j]!);
        }
      if (c === 0 || r === 0) continue;
      let g = r / RADIX;
      let f = 1;
      const s = c + r;
      while (c < g) {
        f *= RADIX;
        c *= SQRDX;
      }
      g = r * RADIX;
      while (c > g) {
        f /= RADIX;
        c /= SQRDX;
      }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        const ginv = 1 / f;
        for (let j = 0; j < n; j++) a[i * n + j] = a[i * n + j]! * ginv;
        for (let j = 0; j < n; j++) a[j * n + i] = a[j * n + i]! * f;
      }
    }
  }
}

/**
 * In-place reduction to upper Hessenberg form H = Qᵀ A Q by Householder reflectors
 * (Golub & Van Loan 2013, algorithm 7.4.2). Entries below the subdiagonal are set to zero.
 */
function hessenberg(a: Float64Array, n: number): void {
  const v = new Float64Array(n);
  const w = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // x = a[k+1..n-1][k]
    let scale = 0;
    for (let i = k + 1; i < n; i++) scale = Math.max(scale, Math.abs(a[i * n + k]!));
    if (scale === 0) continue;
    let sigma = 0;
    for (let i = k + 1; i < n; i++) {
      v[i] = a[i * n + k]! / scale;
      sigma += v[i]! * v[i]!;
    }
    const x0 = v[k + 1]!;
    const alpha = -(x0 >= 0 ? 1 : -1) * Math.sqrt(sigma);
    v[k + 1] = x0 - alpha;
    const vtv = sigma - x0 * x0 + v[k + 1]! * v[k + 1]!;
    if (vtv === 0) continue;
    const beta = 2 / vtv;
    // Left: rows k+1..n-1, columns k..n-1: A ← A − β v (vᵀ A).
    w.fill(0, k, n);
    for (let i = k + 1; i < n; i++) {
      const vi = v[i]!;
      const off = i * n;
      for (let j = k; j < n; j++) w[j] = w[j]! + vi * a[off + j]!;
    }
    for (let i = k + 1; i < n; i++) {
      const f = beta * v[i]!;
      const off = i * n;
      for (let j = k; j < n; j++) a[off + j] = a[off + j]! - f * w[j]!;
    }
    // Right: all rows, columns k+1..n-1: A ← A − β (A v) vᵀ.
    for (let i = 0; i < n; i++) {
      const off = i * n;
      let s = 0;
      for (let j = k + 1; j < n; j++) s += a[off + j]! * v[j]!;
      s *= beta;
      for (let j = k + 1; j < n; j++) a[off + j] = a[off + j]! - s * v[j]!;
    }
    a[(k + 1) * n + k] = alpha * scale;
    for (let i = k + 2; i < n; i++) a[i * n + k] = 0;
  }
}

/**
 * Eigenvalues of an upper Hessenberg matrix (destroyed) by the Francis double-shift QR
 * iteration with deflation, after EISPACK hqr as given in Press et al. (2007) §11.6.
 */
function hqr(a: Float64Array, n: number): Complex[] {
  const out: Complex[] = new Array<Complex>(n);
  const EPS = Number.EPSILON;
  let anorm = 0;
  for (let i = 0; i < n; i++)
    for (let j = Math.max(i - 1, 0); j < n; j++) anorm += Math.abs(a[i * n + j]!);
  let nn = n - 1;
  let t = 0; // accumulated exceptional shifts
  let its = 0;
  while (nn >= 0) {
    // Look for a single small subdiagonal element to split the matrix.
    let l = nn;
    for (; l > 0; l--) {
      let s = Math.abs(a[(l - 1) * n + l - 1]!) + Math.abs(a[l * n + l]!);
      if (s === 0) s = anorm;
      if (Math.abs(a[l * n + l - 1]!) <= EPS * s) {
        a[l * n + l - 1] = 0;
        break;
      }
    }
    let x = a[nn * n + nn]!;
    if (l === nn) {
      // One root found.
      out[nn] = { re: x + t, im: 0 };
      nn--;
      its = 0;
      continue;
    }
    let y = a[(nn - 1) * n + nn - 1]!;
    let w = a[nn * n + nn - 1]! * a[(nn - 1) * n + nn]!;
    if (l === nn - 1) {
      // Two roots found: the eigenvalues of the trailing 2 x 2 block.
      const p = 0.5 * (y - x);
      const q = p * p + w;
      let z = Math.sqrt(Math.abs(q));
      x += t;
      if (q >= 0) {
        z = p + (p >= 0 ? Math.abs(z) : -Math.abs(z));
        out[nn - 1] = { re: x + z, im: 0 };
        out[nn] = { re: z !== 0 ? x - w / z : x + z, im: 0 };
      } else {
        out[nn - 1] = { re: x + p, im: z };
        out[nn] = { re: x + p, im: -z };
      }
      nn -= 2;
      its = 0;
      continue;
    }
    if (its === MAX_ITERATIONS)
      throw new Error(`eigenvalues: QR iteration did not converge after ${its} iterations`);
    if (its > 0 && its % 10 === 0) {
      // Exceptional shift (EISPACK's ad hoc shift) to break rare cycles.
      t += x;
      for (let i = 0; i <= nn; i++) a[i * n + i] = a[i * n + i]! - x;
      const s = Math.abs(a[nn * n + nn - 1]!) + Math.abs(a[(nn - 1) * n + nn - 2]!);
      x = 0.75 * s;
      y = x;
      w = -0.4375 * s * s;
    }
    its++;
    // Form the shift and look for two consecutive small subdiagonal elements.
    let m = nn - 2;
    let p = 0;
    let q = 0;
    let r = 0;
    let z: number;
    for (; m >= l; m--) {
      z = a[m * n + m]!;
      r = x - z;
      let s = y - z;
      p = (r * s - w) / a[(m + 1) * n + m]! + a[m * n + m + 1]!;
      q = a[(m + 1) * n + m + 1]! - z - r - s;
      r = a[(m + 2) * n + m + 1]!;
      s = Math.abs(p) + Math.abs(q) + Math.abs(r);
      p /= s;
      q /= s;
      r /= s;
      if (m === l) break;
      const u = Math.abs(a[m * n + m - 1]!) * (Math.abs(q) + Math.abs(r));
      const v =
        Math.abs(p) *
        (Math.abs(a[(m - 1) * n + m - 1]!) + Math.abs(z) + Math.abs(a[(m + 1) * n + m + 1]!));
      if (u <= EPS * v) break;
    }
    for (let i = m; i < nn - 1; i++) {
      a[(i + 2) * n + i] = 0;
      if (i !== m) a[(i + 2) * n + i - 1] = 0;
    }
    // Double QR step on rows l..nn and columns m..nn (chasing the bulge).
    for (let k = m; k < nn; k++) {
      if (k !== m) {
        p = a[k * n + k - 1]!;
        q = a[(k + 1) * n + k - 1]!;
        r = k + 1 !== nn ? a[(k + 2) * n + k - 1]! : 0;
        x = Math.abs(p) + Math.abs(q) + Math.abs(r);
        if (x !== 0) {
          p /= x;
          q /= x;
          r /= x;
        }
      }
      const norm = Math.sqrt(p * p + q * q + r * r);
      const s = p >= 0 ? norm : -norm;
      if (s === 0) continue;
      if (k === m) {
        if (l !== m) a[k * n + k - 1] = -a[k * n + k - 1]!;
      } else {
        a[k * n + k - 1] = -s * x;
      }
      p += s;
      x = p / s;
      y = q / s;
      z = r / s;
      q /= p;
      r /= p;
      // Row modification.
      for (let j = k; j <= nn; j++) {
        let pp = a[k * n + j]! + q * a[(k + 1) * n + j]!;
        if (k + 1 !== nn) {
          pp += r * a[(k + 2) * n + j]!;
          a[(k + 2) * n + j] = a[(k + 2) * n + j]! - pp * z;
        }
        a[(k + 1) * n + j] = a[(k + 1) * n + j]! - pp * y;
        a[k * n + j] = a[k * n + j]! - pp * x;
      }
      // Column modification.
      const mmin = nn < k + 3 ? nn : k + 3;
      for (let i = l; i <= mmin; i++) {
        let pp = x * a[i * n + k]! + y * a[i * n + k + 1]!;
        if (k + 1 !== nn) {
          pp += z * a[i * n + k + 2]!;
          a[i * n + k + 2] = a[i * n + k + 2]! - pp * r;
        }
        a[i * n + k + 1] = a[i * n + k + 1]! - pp * q;
        a[i * n + k] = a[i * n + k]! - pp;
      }
    }
  }
  return out;
}

/**
 * All n eigenvalues of a real n x n matrix, as complex numbers. Complex eigenvalues come in
 * conjugate pairs (positive imaginary part first); the order is otherwise the order in which
 * the QR iteration deflates them (not sorted). Throws if the matrix is not square, contains
 * non-finite entries, or (very rarely) the iteration fails to converge.
 */
export function eigenvalues(a: Matrix): Complex[] {
  if (a.rows !== a.cols) throw new Error(`eigenvalues: ${a.rows}x${a.cols} is not square`);
  const n = a.rows;
  if (n === 0) return [];
  if (!a.data.every(Number.isFinite)) throw new Error('eigenvalues: matrix has non-finite entries');
  const work = Float64Array.from(a.data);
  balance(work, n);
  hessenberg(work, n);
  return hqr(work, n);
}

/** |z| for a complex number, without overflow (Math.hypot). */
export function modulus(z: Complex): number {
  return Math.hypot(z.re, z.im);
}

/** The spectral radius ρ(A) = max |λ| over all eigenvalues of a real square matrix. */
export function spectralRadius(a: Matrix): number {
  let rho = 0;
  for (const z of eigenvalues(a)) rho = Math.max(rho, modulus(z));
  return rho;
}
