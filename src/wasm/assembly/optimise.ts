// The update of src/core/train (trainer.ts, clip.ts, optimisers.ts) over the whole flat
// parameter vector: the gradient norm, clipping by value, and the optimisers. `scale` folds the
// mean over steps and the norm-clipping factor into the update, as the core does. Moments live
// beside the weights in the same layout.
import { at, setAt } from './kernels';

/** Σ g[k]² accumulated in float64 (pairs of lanes promoted), so clipping sees an exact norm. */
export function sumSquares(g: usize, n: i32): f64 {
  let k = 0;
  let s: f64 = 0;
  if (ASC_FEATURE_SIMD) {
    let acc = f64x2.splat(0);
    for (; k + 4 <= n; k += 4) {
      const v = v128.load(g + ((<usize>k) << 2));
      const lo = f64x2.promote_low_f32x4(v);
      const hi = f64x2.promote_low_f32x4(v128.shuffle<i32>(v, v, 2, 3, 0, 1));
      acc = f64x2.add(acc, f64x2.add(f64x2.mul(lo, lo), f64x2.mul(hi, hi)));
    }
    s = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
  }
  for (; k < n; k++) {
    const v = <f64>at(g, k);
    s += v * v;
  }
  return s;
}

/** g ← clamp(scale g, −c, c). */
export function scaleAndClip(g: usize, n: i32, scale: f32, c: f32): void {
  for (let k = 0; k < n; k++) setAt(g, k, Mathf.max(-c, Mathf.min(c, scale * at(g, k))));
}

/** θ ← θ − lr · scale · g. */
export function sgdStep(p: usize, g: usize, n: i32, lr: f32, scale: f32): void {
  const a = lr * scale;
  let k = 0;
  if (ASC_FEATURE_SIMD) {
    const av = f32x4.splat(a);
    for (; k + 4 <= n; k += 4) {
      const o = (<usize>k) << 2;
      v128.store(p + o, f32x4.sub(v128.load(p + o), f32x4.mul(av, v128.load(g + o))));
    }
  }
  for (; k < n; k++) setAt(p, k, at(p, k) - a * at(g, k));
}

/** Momentum v ← μv + g, θ ← θ − lr v; Nesterov (nesterov = 1): θ ← θ − lr (g + μv). */
export function momentumStep(
  p: usize,
  g: usize,
  m: usize,
  n: i32,
  lr: f32,
  mu: f32,
  scale: f32,
  nesterov: i32,
): void {
  for (let k = 0; k < n; k++) {
    const gk = scale * at(g, k);
    const v = mu * at(m, k) + gk;
    setAt(m, k, v);
    setAt(p, k, at(p, k) - lr * (nesterov ? gk + mu * v : v));
  }
}

/** RMSProp: r ← ρr + (1 − ρ)g², θ ← θ − lr g / (√r + ε). */
export function rmspropStep(
  p: usize,
  g: usize,
  r: usize,
  n: i32,
  lr: f32,
  rho: f32,
  eps: f32,
  scale: f32,
): void {
  for (let k = 0; k < n; k++) {
    const gk = scale * at(g, k);
    const v = rho * at(r, k) + (1 - rho) * gk * gk;
    setAt(r, k, v);
    setAt(p, k, at(p, k) - (lr * gk) / (Mathf.sqrt(v) + eps));
  }
}

/** Adagrad as min-char-rnn writes it: G ← G + g², θ ← θ − lr g / √(G + ε). */
export function adagradStep(
  p: usize,
  g: usize,
  G: usize,
  n: i32,
  lr: f32,
  eps: f32,
  scale: f32,
): void {
  for (let k = 0; k < n; k++) {
    const gk = scale * at(g, k);
    const v = at(G, k) + gk * gk;
    setAt(G, k, v);
    setAt(p, k, at(p, k) - (lr * gk) / Mathf.sqrt(v + eps));
  }
}

/**
 * Adam with the bias corrections folded into stepSize = lr / (1 − β1ᵗ) and rootC2 =
 * 1 / √(1 − β2ᵗ): θ ← θ − stepSize · m / (√v · rootC2 + ε).
 */
export function adamStep(
  p: usize,
  g: usize,
  m: usize,
  v: usize,
  n: i32,
  stepSize: f32,
  rootC2: f32,
  b1: f32,
  b2: f32,
  eps: f32,
  scale: f32,
): void {
  let k = 0;
  if (ASC_FEATURE_SIMD) {
    const sv = f32x4.splat(scale);
    const b1v = f32x4.splat(b1);
    const b2v = f32x4.splat(b2);
    const c1 = f32x4.splat(1 - b1);
    const c2 = f32x4.splat(1 - b2);
    const stepV = f32x4.splat(stepSize);
    const rootV = f32x4.splat(rootC2);
    const epsV = f32x4.splat(eps);
    for (; k + 4 <= n; k += 4) {
      const o = (<usize>k) << 2;
      const gk = f32x4.mul(sv, v128.load(g + o));
      const mk = f32x4.add(f32x4.mul(b1v, v128.load(m + o)), f32x4.mul(c1, gk));
      const vk = f32x4.add(f32x4.mul(b2v, v128.load(v + o)), f32x4.mul(c2, f32x4.mul(gk, gk)));
      v128.store(m + o, mk);
      v128.store(v + o, vk);
      const denom = f32x4.add(f32x4.mul(f32x4.sqrt(vk), rootV), epsV);
      v128.store(p + o, f32x4.sub(v128.load(p + o), f32x4.div(f32x4.mul(stepV, mk), denom)));
    }
  }
  for (; k < n; k++) {
    const gk = scale * at(g, k);
    const mk = b1 * at(m, k) + (1 - b1) * gk;
    const vk = b2 * at(v, k) + (1 - b2) * gk * gk;
    setAt(m, k, mk);
    setAt(v, k, vk);
    setAt(p, k, at(p, k) - (stepSize * mk) / (Mathf.sqrt(vk) * rootC2 + eps));
  }
}
