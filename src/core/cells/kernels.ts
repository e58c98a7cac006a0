/**
 * The few dense kernels the cells are made of, over row-major blocks of the flat parameter
 * vector (`m` starts at `off`, has `rows` × `cols` entries). Plain loops: for the small models
 * of the chapters this is faster than any library call.
 */

/** out += M x */
export function gemvAdd(
  out: Float64Array,
  m: Float64Array,
  off: number,
  rows: number,
  cols: number,
  x: Float64Array,
): void {
  for (let i = 0; i < rows; i++) {
    let acc = 0;
    const r = off + i * cols;
    for (let j = 0; j < cols; j++) acc += m[r + j]! * x[j]!;
    out[i]! += acc;
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
