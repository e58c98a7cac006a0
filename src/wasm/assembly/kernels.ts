// Dense float32 kernels over row-major matrices in linear memory. Every pointer is a byte
// address; every size counts floats. Where the build has SIMD (ASC_FEATURE_SIMD, a compile-time
// constant) the inner loops run four lanes at a time with f32x4 and the scalar loop only
// finishes the tail; the scalar build compiles the same functions without the SIMD branch.

export function at(ptr: usize, k: i32): f32 {
  return load<f32>(ptr + ((<usize>k) << 2));
}

export function setAt(ptr: usize, k: i32, v: f32): void {
  store<f32>(ptr + ((<usize>k) << 2), v);
}

export function addAt(ptr: usize, k: i32, v: f32): void {
  const at = ptr + ((<usize>k) << 2);
  store<f32>(at, load<f32>(at) + v);
}

function laneSum(v: v128): f32 {
  return (
    f32x4.extract_lane(v, 0) +
    f32x4.extract_lane(v, 1) +
    (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3))
  );
}

/** Σ a[k] b[k] over n floats. */
export function dot(a: usize, b: usize, n: i32): f32 {
  let k = 0;
  let s: f32 = 0;
  if (ASC_FEATURE_SIMD) {
    let acc = f32x4.splat(0);
    for (; k + 4 <= n; k += 4) {
      const o = (<usize>k) << 2;
      acc = f32x4.add(acc, f32x4.mul(v128.load(a + o), v128.load(b + o)));
    }
    s = laneSum(acc);
  }
  for (; k < n; k++) s += at(a, k) * at(b, k);
  return s;
}

/** out[r] += Σ_c W[r, c] x[c] (W is rows × cols). Four rows share each load of x. */
export function gemvAdd(out: usize, W: usize, rows: i32, cols: i32, x: usize): void {
  const rowBytes = (<usize>cols) << 2;
  let r = 0;
  if (ASC_FEATURE_SIMD) {
    const c4 = cols & ~3;
    for (; r + 4 <= rows; r += 4) {
      const w0 = W + <usize>r * rowBytes;
      const w1 = w0 + rowBytes;
      const w2 = w1 + rowBytes;
      const w3 = w2 + rowBytes;
      let a0 = f32x4.splat(0);
      let a1 = f32x4.splat(0);
      let a2 = f32x4.splat(0);
      let a3 = f32x4.splat(0);
      for (let c = 0; c < c4; c += 4) {
        const o = (<usize>c) << 2;
        const xv = v128.load(x + o);
        a0 = f32x4.add(a0, f32x4.mul(v128.load(w0 + o), xv));
        a1 = f32x4.add(a1, f32x4.mul(v128.load(w1 + o), xv));
        a2 = f32x4.add(a2, f32x4.mul(v128.load(w2 + o), xv));
        a3 = f32x4.add(a3, f32x4.mul(v128.load(w3 + o), xv));
      }
      let s0 = laneSum(a0);
      let s1 = laneSum(a1);
      let s2 = laneSum(a2);
      let s3 = laneSum(a3);
      for (let c = c4; c < cols; c++) {
        const xc = at(x, c);
        s0 += at(w0, c) * xc;
        s1 += at(w1, c) * xc;
        s2 += at(w2, c) * xc;
        s3 += at(w3, c) * xc;
      }
      addAt(out, r, s0);
      addAt(out, r + 1, s1);
      addAt(out, r + 2, s2);
      addAt(out, r + 3, s3);
    }
  }
  for (; r < rows; r++) addAt(out, r, dot(W + <usize>r * rowBytes, x, cols));
}

/** out[r] += W[r, j] x[j]: W times an input whose only non-zero entry is x[j]. */
export function columnAdd(out: usize, W: usize, rows: i32, cols: i32, x: usize, j: i32): void {
  const xj = at(x, j);
  for (let r = 0; r < rows; r++) addAt(out, r, at(W, r * cols + j) * xj);
}

/** G[r, j] += d[r] x[j]: the outer product with an input whose only non-zero entry is x[j]. */
export function columnOuterAdd(G: usize, rows: i32, cols: i32, d: usize, x: usize, j: i32): void {
  const xj = at(x, j);
  for (let r = 0; r < rows; r++) addAt(G, r * cols + j, at(d, r) * xj);
}

/** G[r, c] += d[r] x[c] (G is rows × cols). */
export function outerAdd(G: usize, rows: i32, cols: i32, d: usize, x: usize): void {
  const rowBytes = (<usize>cols) << 2;
  for (let r = 0; r < rows; r++) {
    const dr = at(d, r);
    if (dr == 0) continue;
    const g = G + <usize>r * rowBytes;
    let c = 0;
    if (ASC_FEATURE_SIMD) {
      const dv = f32x4.splat(dr);
      for (; c + 4 <= cols; c += 4) {
        const o = (<usize>c) << 2;
        v128.store(g + o, f32x4.add(v128.load(g + o), f32x4.mul(dv, v128.load(x + o))));
      }
    }
    for (; c < cols; c++) addAt(g, c, dr * at(x, c));
  }
}

/**
 * out[c] += Σ_r W[r, c] d[r]: Wᵀ d. With SIMD, sixteen columns at a time are summed over every
 * row in four f32x4 registers and stored once (a pass over all of out per row would load and
 * store it rows times); then four at a time; the last columns row by row.
 */
export function gemvTAdd(out: usize, W: usize, rows: i32, cols: i32, d: usize): void {
  const rowBytes = (<usize>cols) << 2;
  let c = 0;
  if (ASC_FEATURE_SIMD) {
    for (; c + 16 <= cols; c += 16) {
      const o = (<usize>c) << 2;
      let a0 = f32x4.splat(0);
      let a1 = f32x4.splat(0);
      let a2 = f32x4.splat(0);
      let a3 = f32x4.splat(0);
      let w = W + o;
      for (let r = 0; r < rows; r++) {
        const dv = f32x4.splat(at(d, r));
        a0 = f32x4.add(a0, f32x4.mul(v128.load(w), dv));
        a1 = f32x4.add(a1, f32x4.mul(v128.load(w, 16), dv));
        a2 = f32x4.add(a2, f32x4.mul(v128.load(w, 32), dv));
        a3 = f32x4.add(a3, f32x4.mul(v128.load(w, 48), dv));
        w += rowBytes;
      }
      v128.store(out + o, f32x4.add(v128.load(out + o), a0));
      v128.store(out + o, f32x4.add(v128.load(out + o, 16), a1), 16);
      v128.store(out + o, f32x4.add(v128.load(out + o, 32), a2), 32);
      v128.store(out + o, f32x4.add(v128.load(out + o, 48), a3), 48);
    }
    for (; c + 4 <= cols; c += 4) {
      const o = (<usize>c) << 2;
      let a = f32x4.splat(0);
      for (let r = 0; r < rows; r++)
        a = f32x4.add(a, f32x4.mul(v128.load(W + <usize>r * rowBytes + o), f32x4.splat(at(d, r))));
      v128.store(out + o, f32x4.add(v128.load(out + o), a));
    }
  }
  // The last columns (all of them in the scalar build), row by row.
  if (c == cols) return;
  for (let r = 0; r < rows; r++) {
    const dr = at(d, r);
    const w = W + <usize>r * rowBytes;
    for (let k = c; k < cols; k++) addAt(out, k, at(w, k) * dr);
  }
}

/**
 * G[r, c] += d[r] h[c] and dh[c] += Σ_r W[r, c] d[r] in one sweep over W (the gradient of a
 * weight matrix and the error it passes back). Four rows per pass over h and dh: each load of
 * h serves four gradient rows and each load and store of dh four rows of W, which is what
 * bounds this kernel (it reads and writes G once per step whatever we do).
 */
export function outerAddGemvT(
  G: usize,
  W: usize,
  rows: i32,
  cols: i32,
  d: usize,
  h: usize,
  dh: usize,
): void {
  const rowBytes = (<usize>cols) << 2;
  let r = 0;
  if (ASC_FEATURE_SIMD) {
    const c4 = cols & ~3;
    for (; r + 4 <= rows; r += 4) {
      const off = <usize>r * rowBytes;
      const w0 = W + off;
      const g0 = G + off;
      const v0 = f32x4.splat(at(d, r));
      const v1 = f32x4.splat(at(d, r + 1));
      const v2 = f32x4.splat(at(d, r + 2));
      const v3 = f32x4.splat(at(d, r + 3));
      for (let c = 0; c < c4; c += 4) {
        const o = (<usize>c) << 2;
        const hv = v128.load(h + o);
        const g = g0 + o;
        const w = w0 + o;
        v128.store(g, f32x4.add(v128.load(g), f32x4.mul(v0, hv)));
        v128.store(g + rowBytes, f32x4.add(v128.load(g + rowBytes), f32x4.mul(v1, hv)));
        v128.store(g + 2 * rowBytes, f32x4.add(v128.load(g + 2 * rowBytes), f32x4.mul(v2, hv)));
        v128.store(g + 3 * rowBytes, f32x4.add(v128.load(g + 3 * rowBytes), f32x4.mul(v3, hv)));
        const back01 = f32x4.add(
          f32x4.mul(v128.load(w), v0),
          f32x4.mul(v128.load(w + rowBytes), v1),
        );
        const back23 = f32x4.add(
          f32x4.mul(v128.load(w + 2 * rowBytes), v2),
          f32x4.mul(v128.load(w + 3 * rowBytes), v3),
        );
        v128.store(dh + o, f32x4.add(v128.load(dh + o), f32x4.add(back01, back23)));
      }
      if (c4 < cols) outerAddGemvTRows(G + off, w0, 4, cols, d + ((<usize>r) << 2), h, dh, c4);
    }
  }
  for (; r + 2 <= rows; r += 2) {
    const off = <usize>r * rowBytes;
    outerAddGemvTRows(G + off, W + off, 2, cols, d + ((<usize>r) << 2), h, dh, 0);
  }
  if (r < rows) {
    const off = <usize>r * rowBytes;
    outerAddGemvTRows(G + off, W + off, 1, cols, d + ((<usize>r) << 2), h, dh, 0);
  }
}

/** outerAddGemvT's scalar part: `n` rows from G, W and d, columns from `from` on. */
function outerAddGemvTRows(
  G: usize,
  W: usize,
  n: i32,
  cols: i32,
  d: usize,
  h: usize,
  dh: usize,
  from: i32,
): void {
  const rowBytes = (<usize>cols) << 2;
  for (let c = from; c < cols; c++) {
    const hc = at(h, c);
    const o = (<usize>c) << 2;
    let back: f32 = 0;
    for (let i = 0; i < n; i++) {
      const dr = at(d, i);
      const g = G + <usize>i * rowBytes + o;
      store<f32>(g, load<f32>(g) + dr * hc);
      back += load<f32>(W + <usize>i * rowBytes + o) * dr;
    }
    addAt(dh, c, back);
  }
}

/** dst[k] = src[k] over n floats. */
export function copy(dst: usize, src: usize, n: i32): void {
  memory.copy(dst, src, (<usize>n) << 2);
}

/** dst[k] = 0 over n floats. */
export function zero(dst: usize, n: i32): void {
  memory.fill(dst, 0, (<usize>n) << 2);
}

/** dst[k] += src[k] over n floats. */
export function addInto(dst: usize, src: usize, n: i32): void {
  let k = 0;
  if (ASC_FEATURE_SIMD) {
    for (; k + 4 <= n; k += 4) {
      const o = (<usize>k) << 2;
      v128.store(dst + o, f32x4.add(v128.load(dst + o), v128.load(src + o)));
    }
  }
  for (; k < n; k++) addAt(dst, k, at(src, k));
}

/** The input term of a pre-activation: W x, or W's one column when x has one non-zero entry j. */
export function inputAdd(out: usize, W: usize, rows: i32, cols: i32, x: usize, j: i32): void {
  if (j >= 0) columnAdd(out, W, rows, cols, x, j);
  else gemvAdd(out, W, rows, cols, x);
}

/** The input weights' gradient d xᵀ, touching one column when x has one non-zero entry j. */
export function inputOuterAdd(G: usize, rows: i32, cols: i32, d: usize, x: usize, j: i32): void {
  if (j >= 0) columnOuterAdd(G, rows, cols, d, x, j);
  else outerAdd(G, rows, cols, d, x);
}
