/**
 * The few dense kernels the cells are made of, over row-major blocks of the flat parameter
 * vector (`m` starts at `off`, has `rows` × `cols` entries). Plain loops: for the small models
 * of the chapters this is faster than any library call.
 */

/**
 * The indices of x's non-zero entries when there are few of them (the one-hot inputs of
 * character models), else null. The kernels then touch only those columns.
 */
function sparseIndices(x: Float64Array): Int32Array | null {
  const limit = x.length >> 3;
  let n = 0;
  for (let j = 0; j < x.length; j++) if (x[j] !== 0 && ++n > limit) return null;
  const out = new Int32Array(n);
  let k = 0;
  for (let j = 0; j < x.length; j++) if (x[j] !== 0) out[k++] = j;
  return out;
}

/** out += M x */
export function gemvAdd(
  out: Float64Array,
  m: Float64Array,
  off: number,
  rows: number,
  cols: number,
  x: Float64Array,
): void {
  const nz = cols >= 16 ? sparseIndices(x) : null;
  if (nz) {
    for (const j of nz) {
      const xj = x[j]!;
      for (let i = 0; i < rows; i++) out[i]! += m[off + i * cols + j]! * xj;
    }
    return;
  }
  // Four partial sums let the CPU overlap the multiply-adds (about 1.5× in V8 here).
  const end4 = cols - (cols % 4);
  for (let i = 0; i < rows; i++) {
    const r = off + i * cols;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let j = 0;
    for (; j < end4; j += 4) {
      a0 += m[r + j]! * x[j]!;
      a1 += m[r + j + 1]! * x[j + 1]!;
      a2 += m[r + j + 2]! * x[j + 2]!;
      a3 += m[r + j + 3]! * x[j + 3]!;
    }
    for (; j < cols; j++) a0 += m[r + j]! * x[j]!;
    out[i]! += a0 + a1 + a2 + a3;
  }
}

/** out += Mᵀ y */
export function gemvTAdd(
  out: Float64Array,
  m: Float64Array,
  off: number,
  rows: number,
  cols: number,
  y: Float64Array,
): void {
  for (let i = 0; i < rows; i++) {
    const yi = y[i]!;
    if (yi === 0) continue;
    const r = off + i * cols;
    for (let j = 0; j < cols; j++) out[j]! += m[r + j]! * yi;
  }
}

/** G += a bᵀ (G is a block of the gradient vector) */
export function outerAdd(g: Float64Array, off: number, a: Float64Array, b: Float64Array): void {
  const cols = b.length;
  const nz = cols >= 16 ? sparseIndices(b) : null;
  if (nz) {
    for (let i = 0; i < a.length; i++) {
      const ai = a[i]!;
      if (ai === 0) continue;
      const r = off + i * cols;
      for (const j of nz) g[r + j]! += ai * b[j]!;
    }
    return;
  }
  for (let i = 0; i < a.length; i++) {
    const ai = a[i]!;
    if (ai === 0) continue;
    const r = off + i * cols;
    for (let j = 0; j < cols; j++) g[r + j]! += ai * b[j]!;
  }
}

/** g[off..] += a */
export function vecAdd(g: Float64Array, off: number, a: Float64Array): void {
  for (let i = 0; i < a.length; i++) g[off + i]! += a[i]!;
}

export const sigmoid = (x: number): number =>
  x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));

/**
 * The backward pass of y = M b in one sweep over M: G += a bᵀ and out += Mᵀ a (a = ∂E/∂y).
 * Rows go four at a time so that each entry of `out` is read and written once per four rows;
 * this is the hot loop of BPTT for large hidden sizes.
 */
export function outerAddAndGemvT(
  g: Float64Array,
  m: Float64Array,
  off: number,
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
): void {
  const cols = b.length;
  const rows = a.length;
  let i = 0;
  for (; i + 3 < rows; i += 4) {
    const a0 = a[i]!;
    const a1 = a[i + 1]!;
    const a2 = a[i + 2]!;
    const a3 = a[i + 3]!;
    const r0 = off + i * cols;
    const r1 = r0 + cols;
    const r2 = r1 + cols;
    const r3 = r2 + cols;
    for (let j = 0; j < cols; j++) {
      const bj = b[j]!;
      g[r0 + j]! += a0 * bj;
      g[r1 + j]! += a1 * bj;
      g[r2 + j]! += a2 * bj;
      g[r3 + j]! += a3 * bj;
      out[j]! += m[r0 + j]! * a0 + m[r1 + j]! * a1 + m[r2 + j]! * a2 + m[r3 + j]! * a3;
    }
  }
  for (; i < rows; i++) {
    const ai = a[i]!;
    const r = off + i * cols;
    for (let j = 0; j < cols; j++) {
      g[r + j]! += ai * b[j]!;
      out[j]! += m[r + j]! * ai;
    }
  }
}
