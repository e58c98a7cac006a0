// A weight gradient over a whole sequence at once: G += Σₙ dₙ xₙᵀ, the sum of the steps'
// outer products as one matrix product. Done per step, the same gradient reads and writes all
// of G at every step; here each block of G stays in registers while the steps stream past,
// and G is read and written once per sweep.
import { addAt, at } from './kernels';

/**
 * G[r, c] += Σ_{m<n} D[m·dStride + r] · X[m·xStride + c] (G is rows × cols; the strides count
 * floats). With SIMD, blocks of four rows × eight columns are summed in eight f32x4 registers.
 */
export function outerSumAdd(
  G: usize,
  rows: i32,
  cols: i32,
  D: usize,
  dStride: i32,
  X: usize,
  xStride: i32,
  n: i32,
): void {
  if (n <= 0) return;
  if (!ASC_FEATURE_SIMD) {
    // No registers to hold a block in: step by step, along the rows of G and x (contiguous).
    for (let m = 0; m < n; m++) {
      const x = X + ((<usize>(m * xStride)) << 2);
      for (let r = 0; r < rows; r++) {
        const dr = at(D, m * dStride + r);
        const g = G + ((<usize>(r * cols)) << 2);
        for (let c = 0; c < cols; c++) addAt(g, c, dr * at(x, c));
      }
    }
    return;
  }
  let rows4 = 0;
  let cols4 = 0;
  if (ASC_FEATURE_SIMD) {
    rows4 = rows & ~3;
    cols4 = cols & ~3;
    const cols8 = cols & ~7;
    for (let r = 0; r < rows4; r += 4) {
      let c = 0;
      for (; c < cols8; c += 8) block4x8(G, r, c, cols, D, dStride, X, xStride, n);
      if (c < cols4) block4x4(G, r, c, cols, D, dStride, X, xStride, n);
    }
  }
  // What the blocks leave: every column of the last rows mod 4, and the last columns mod 4.
  for (let r = 0; r < rows; r++) {
    for (let c = r < rows4 ? cols4 : 0; c < cols; c++) {
      let sum: f32 = 0;
      for (let m = 0; m < n; m++) sum += at(D, m * dStride + r) * at(X, m * xStride + c);
      addAt(G, r * cols + c, sum);
    }
  }
}

/** Adds Σₘ d xᵀ over rows r..r+3 and columns c..c+7 of G. */
function block4x8(
  G: usize,
  r: i32,
  c: i32,
  cols: i32,
  D: usize,
  dStride: i32,
  X: usize,
  xStride: i32,
  n: i32,
): void {
  let a0 = f32x4.splat(0);
  let a1 = f32x4.splat(0);
  let b0 = f32x4.splat(0);
  let b1 = f32x4.splat(0);
  let c0 = f32x4.splat(0);
  let c1 = f32x4.splat(0);
  let e0 = f32x4.splat(0);
  let e1 = f32x4.splat(0);
  let d = D + ((<usize>r) << 2);
  let x = X + ((<usize>c) << 2);
  const dStep = (<usize>dStride) << 2;
  const xStep = (<usize>xStride) << 2;
  for (let m = 0; m < n; m++) {
    const x0 = v128.load(x);
    const x1 = v128.load(x, 16);
    const d0 = f32x4.splat(load<f32>(d));
    const d1 = f32x4.splat(load<f32>(d, 4));
    const d2 = f32x4.splat(load<f32>(d, 8));
    const d3 = f32x4.splat(load<f32>(d, 12));
    a0 = f32x4.add(a0, f32x4.mul(d0, x0));
    a1 = f32x4.add(a1, f32x4.mul(d0, x1));
    b0 = f32x4.add(b0, f32x4.mul(d1, x0));
    b1 = f32x4.add(b1, f32x4.mul(d1, x1));
    c0 = f32x4.add(c0, f32x4.mul(d2, x0));
    c1 = f32x4.add(c1, f32x4.mul(d2, x1));
    e0 = f32x4.add(e0, f32x4.mul(d3, x0));
    e1 = f32x4.add(e1, f32x4.mul(d3, x1));
    d += dStep;
    x += xStep;
  }
  const rowBytes = (<usize>cols) << 2;
  const g = G + <usize>r * rowBytes + ((<usize>c) << 2);
  addTo(g, a0, a1);
  addTo(g + rowBytes, b0, b1);
  addTo(g + 2 * rowBytes, c0, c1);
  addTo(g + 3 * rowBytes, e0, e1);
}

/** Adds Σₘ d xᵀ over rows r..r+3 and columns c..c+3 of G. */
function block4x4(
  G: usize,
  r: i32,
  c: i32,
  cols: i32,
  D: usize,
  dStride: i32,
  X: usize,
  xStride: i32,
  n: i32,
): void {
  let a = f32x4.splat(0);
  let b = f32x4.splat(0);
  let e = f32x4.splat(0);
  let f = f32x4.splat(0);
  let d = D + ((<usize>r) << 2);
  let x = X + ((<usize>c) << 2);
  const dStep = (<usize>dStride) << 2;
  const xStep = (<usize>xStride) << 2;
  for (let m = 0; m < n; m++) {
    const xv = v128.load(x);
    a = f32x4.add(a, f32x4.mul(f32x4.splat(load<f32>(d)), xv));
    b = f32x4.add(b, f32x4.mul(f32x4.splat(load<f32>(d, 4)), xv));
    e = f32x4.add(e, f32x4.mul(f32x4.splat(load<f32>(d, 8)), xv));
    f = f32x4.add(f, f32x4.mul(f32x4.splat(load<f32>(d, 12)), xv));
    d += dStep;
    x += xStep;
  }
  const rowBytes = (<usize>cols) << 2;
  const g = G + <usize>r * rowBytes + ((<usize>c) << 2);
  v128.store(g, f32x4.add(v128.load(g), a));
  v128.store(g + rowBytes, f32x4.add(v128.load(g + rowBytes), b));
  v128.store(g + 2 * rowBytes, f32x4.add(v128.load(g + 2 * rowBytes), e));
  v128.store(g + 3 * rowBytes, f32x4.add(v128.load(g + 3 * rowBytes), f));
}

/** Adds two vectors to the eight floats at g. */
function addTo(g: usize, lo: v128, hi: v128): void {
  v128.store(g, f32x4.add(v128.load(g), lo));
  v128.store(g, f32x4.add(v128.load(g, 16), hi), 16);
}
