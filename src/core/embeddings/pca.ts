/**
 * Principal component analysis of a few vectors: centre them, form the covariance matrix
 * C = XᵀX / (n − 1), and diagonalise it with the cyclic Jacobi method (exact for a symmetric
 * matrix; our matrices are at most a few dozen rows, so its O(d³) sweeps cost nothing).
 */
interface PcaResult {
  /** The k principal directions (unit vectors), largest variance first. */
  readonly components: Float64Array[];
  /** Variance along each component (eigenvalues of C). */
  readonly variances: number[];
  /** Each input vector's coordinates on the k components (after centring). */
  readonly projected: Float64Array[];
  /** Fraction of the total variance each component explains. */
  readonly explained: number[];
}

/** Eigenvalues and eigenvectors (columns of V) of a symmetric d × d matrix, by Jacobi rotations. */
export function symmetricEigen(a: readonly number[][]): { values: number[]; vectors: number[][] } {
  const d = a.length;
  const m = a.map((row) => [...row]);
  const v = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j): number => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += m[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = m[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const mkp = m[k]![p]!;
          const mkq = m[k]![q]!;
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < d; k++) {
          const mpk = m[p]![k]!;
          const mqk = m[q]![k]!;
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: m.map((row, i) => row[i]!), vectors: v };
}

export function pca(rows: readonly ArrayLike<number>[], k = 2): PcaResult {
  const n = rows.length;
  if (n === 0) throw new Error('PCA of no vectors');
  const d = rows[0]!.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j]! += r[j]! / n;
  const centred = rows.map((r) => Float64Array.from({ length: d }, (_, j) => r[j]! - mean[j]!));
  const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const r of centred)
    for (let i = 0; i < d; i++)
      for (let j = 0; j < d; j++) cov[i]![j]! += (r[i]! * r[j]!) / Math.max(n - 1, 1);
  const { values, vectors } = symmetricEigen(cov);
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const total = values.reduce((s, x) => s + Math.max(x, 0), 0);
  const kk = Math.min(k, d);
  const components = order.slice(0, kk).map((c) => {
    const u = Float64Array.from({ length: d }, (_, i) => vectors[i]![c]!);
    // A fixed sign (largest entry positive) keeps the picture from flipping between runs.
    let big = 0;
    for (let i = 0; i < d; i++) if (Math.abs(u[i]!) > Math.abs(u[big]!)) big = i;
    if (u[big]! < 0) for (let i = 0; i < d; i++) u[i] = -u[i]!;
    return u;
  });
  const projected = centred.map((r) =>
    Float64Array.from(components, (u) => u.reduce((s, x, i) => s + x * r[i]!, 0)),
  );
  const variances = order.slice(0, kk).map((c) => Math.max(values[c]!, 0));
  return {
    components,
    variances,
    projected,
    explained: variances.map((v) => (total > 0 ? v / total : 0)),
  };
}
