// One time step of each cell, forward and backward, fused into one call over linear memory: the
// same equations and parameter layout as src/core/cells (srn.ts, gru.ts, lstm.ts), in float32.
// `p` and `g` point at the cell's own slice of the parameters and of the gradient; `x` at the
// step's input (with `xj` the index of its only non-zero entry, or −1 for a dense input);
// `prev` at the state before the step; `cache` at the step's record, which starts with the new
// state, so the next step's `prev` is this step's `cache`. `out` receives h (the layer output).
import {
  addAt,
  at,
  copy,
  gemvAdd,
  gemvTAdd,
  inputAdd,
  inputOuterAdd,
  outerAddGemvT,
  setAt,
  addInto,
  zero,
} from './kernels';

const TANH = 0;
const RELU = 1;
const SIGMOID = 2;

function bytes(n: i32): usize {
  return (<usize>n) << 2;
}

function sigmoid(x: f32): f32 {
  if (x >= 0) return 1 / (1 + Mathf.exp(-x));
  const e = Mathf.exp(x);
  return e / (1 + e);
}

function activate(kind: i32, a: f32): f32 {
  if (kind == TANH) return Mathf.tanh(a);
  if (kind == RELU) return a > 0 ? a : 0;
  if (kind == SIGMOID) return sigmoid(a);
  return a;
}

/** f′ written through the output y = f(a), as src/core/activations.ts. */
function slope(kind: i32, y: f32): f32 {
  if (kind == TANH) return 1 - y * y;
  if (kind == RELU) return y > 0 ? 1 : 0;
  if (kind == SIGMOID) return y * (1 - y);
  return 1;
}

/** SRN: s = f(U x + W s_prev + b). Layout U (H × I), W (H × H), b (H). Cache: [s]. */
export function srnForward(
  p: usize,
  I: i32,
  H: i32,
  act: i32,
  x: usize,
  xj: i32,
  prev: usize,
  cache: usize,
  out: usize,
): void {
  const W = p + bytes(H * I);
  copy(cache, W + bytes(H * H), H);
  inputAdd(cache, p, H, I, x, xj);
  gemvAdd(cache, W, H, H, prev);
  for (let k = 0; k < H; k++) setAt(cache, k, activate(act, at(cache, k)));
  copy(out, cache, H);
}

/**
 * SRN backward: adds ∂E/∂θ into g, writes ∂E/∂s_prev into dPrev and adds ∂E/∂x into dx (when
 * dx is not 0). `scratch` holds H floats.
 */
export function srnBackward(
  p: usize,
  g: usize,
  I: i32,
  H: i32,
  act: i32,
  x: usize,
  xj: i32,
  prev: usize,
  cache: usize,
  dOut: usize,
  dState: usize,
  dPrev: usize,
  dx: usize,
  scratch: usize,
): void {
  const da = scratch;
  for (let k = 0; k < H; k++)
    setAt(da, k, (at(dOut, k) + at(dState, k)) * slope(act, at(cache, k)));
  const offW = bytes(H * I);
  const offB = offW + bytes(H * H);
  inputOuterAdd(g, H, I, da, x, xj);
  zero(dPrev, H);
  outerAddGemvT(g + offW, p + offW, H, H, da, prev, dPrev);
  addInto(g + offB, da, H);
  if (dx != 0) gemvTAdd(dx, p, H, I, da);
}

/**
 * GRU (Cho et al. 2014, reset before the recurrent matrix): z, r = σ(…), c = tanh(Wx_c x +
 * Wh_c (r∘s) + b_c), s' = (1 − z)∘c + z∘s. Layout Wx (3H × I), Wh (3H × H), b (3H), gate rows
 * z, r, c. Cache: [s', z, r, c, r∘s].
 */
export function gruForward(
  p: usize,
  I: i32,
  H: i32,
  x: usize,
  xj: i32,
  prev: usize,
  cache: usize,
  out: usize,
): void {
  const Wh = p + bytes(3 * H * I);
  const b = Wh + bytes(3 * H * H);
  const z = cache + bytes(H);
  const r = z + bytes(H);
  const c = r + bytes(H);
  const rs = c + bytes(H);
  // z and r are adjacent in the cache as their rows are in the layout: one product for both.
  copy(z, b, 3 * H);
  inputAdd(z, p, 3 * H, I, x, xj);
  gemvAdd(z, Wh, 2 * H, H, prev);
  for (let k = 0; k < 2 * H; k++) setAt(z, k, sigmoid(at(z, k)));
  for (let k = 0; k < H; k++) setAt(rs, k, at(r, k) * at(prev, k));
  gemvAdd(c, Wh + bytes(2 * H * H), H, H, rs);
  for (let k = 0; k < H; k++) {
    const ck = Mathf.tanh(at(c, k));
    const zk = at(z, k);
    setAt(c, k, ck);
    setAt(cache, k, (1 - zk) * ck + zk * at(prev, k));
  }
  copy(out, cache, H);
}

/** GRU backward (see srnBackward); `scratch` holds 4H floats. */
export function gruBackward(
  p: usize,
  g: usize,
  I: i32,
  H: i32,
  x: usize,
  xj: i32,
  prev: usize,
  cache: usize,
  dOut: usize,
  dState: usize,
  dPrev: usize,
  dx: usize,
  scratch: usize,
): void {
  const offWh = bytes(3 * H * I);
  const offB = offWh + bytes(3 * H * H);
  const offWhc = offWh + bytes(2 * H * H);
  const z = cache + bytes(H);
  const r = z + bytes(H);
  const c = r + bytes(H);
  const rs = c + bytes(H);
  const daz = scratch;
  const dar = daz + bytes(H);
  const dac = dar + bytes(H);
  const drs = dac + bytes(H);
  for (let k = 0; k < H; k++) {
    const ds = at(dOut, k) + at(dState, k);
    const zk = at(z, k);
    const ck = at(c, k);
    setAt(daz, k, ds * (at(prev, k) - ck) * zk * (1 - zk));
    setAt(dac, k, ds * (1 - zk) * (1 - ck * ck));
    setAt(dPrev, k, ds * zk);
  }
  zero(drs, H);
  outerAddGemvT(g + offWhc, p + offWhc, H, H, dac, rs, drs);
  for (let k = 0; k < H; k++) {
    const rk = at(r, k);
    const d = at(drs, k);
    setAt(dar, k, d * at(prev, k) * rk * (1 - rk));
    addAt(dPrev, k, d * rk);
  }
  outerAddGemvT(g + offWh, p + offWh, 2 * H, H, daz, prev, dPrev);
  inputOuterAdd(g, 3 * H, I, daz, x, xj);
  addInto(g + offB, daz, 3 * H);
  if (dx != 0) gemvTAdd(dx, p, 3 * H, I, daz);
}

/**
 * LSTM with forget gate and optional peepholes (p_i, p_f on c_prev, p_o on c). Layout Wx (4H ×
 * I), Wh (4H × H), b (4H) with gate rows i, f, g, o, then p_i, p_f, p_o when `peep` is 1.
 * State [h; c]. Cache: [h, c, i, f, g, o, tanh c] — the gates in row order, so the
 * pre-activations of all four come from one product.
 */
export function lstmForward(
  p: usize,
  I: i32,
  H: i32,
  peep: i32,
  x: usize,
  xj: i32,
  prev: usize,
  cache: usize,
  out: usize,
): void {
  const Wh = p + bytes(4 * H * I);
  const b = Wh + bytes(4 * H * H);
  const P = b + bytes(4 * H);
  const cPrev = prev + bytes(H);
  const c = cache + bytes(H);
  const gi = c + bytes(H);
  const gf = gi + bytes(H);
  const gg = gf + bytes(H);
  const go = gg + bytes(H);
  const tc = go + bytes(H);
  copy(gi, b, 4 * H);
  inputAdd(gi, p, 4 * H, I, x, xj);
  gemvAdd(gi, Wh, 4 * H, H, prev);
  for (let k = 0; k < H; k++) {
    const cp = at(cPrev, k);
    const pi: f32 = peep ? at(P, k) : 0;
    const pf: f32 = peep ? at(P, H + k) : 0;
    const po: f32 = peep ? at(P, 2 * H + k) : 0;
    const i = sigmoid(at(gi, k) + pi * cp);
    const fg = sigmoid(at(gf, k) + pf * cp);
    const gv = Mathf.tanh(at(gg, k));
    const ck = fg * cp + i * gv;
    const o = sigmoid(at(go, k) + po * ck);
    const t = Mathf.tanh(ck);
    setAt(gi, k, i);
    setAt(gf, k, fg);
    setAt(gg, k, gv);
    setAt(go, k, o);
    setAt(tc, k, t);
    setAt(c, k, ck);
    setAt(cache, k, o * t);
  }
  copy(out, cache, H);
}

/** LSTM backward (see srnBackward); dState and dPrev are [dh; dc] (2H); `scratch` holds 4H. */
export function lstmBackward(
  p: usize,
  g: usize,
  I: i32,
  H: i32,
  peep: i32,
  x: usize,
  xj: i32,
  prev: usize,
  cache: usize,
  dOut: usize,
  dState: usize,
  dPrev: usize,
  dx: usize,
  scratch: usize,
): void {
  const offWh = bytes(4 * H * I);
  const offB = offWh + bytes(4 * H * H);
  const offP = offB + bytes(4 * H);
  const P = p + offP;
  const gP = g + offP;
  const cPrev = prev + bytes(H);
  const c = cache + bytes(H);
  const gi = c + bytes(H);
  const gf = gi + bytes(H);
  const gg = gf + bytes(H);
  const go = gg + bytes(H);
  const tc = go + bytes(H);
  const da = scratch;
  for (let k = 0; k < H; k++) {
    const dh = at(dOut, k) + at(dState, k);
    const i = at(gi, k);
    const fg = at(gf, k);
    const gv = at(gg, k);
    const o = at(go, k);
    const t = at(tc, k);
    const cp = at(cPrev, k);
    const dao = dh * t * o * (1 - o);
    let dc = at(dState, H + k) + dh * o * (1 - t * t);
    if (peep) dc += dao * at(P, 2 * H + k);
    const dai = dc * gv * i * (1 - i);
    const daf = dc * cp * fg * (1 - fg);
    setAt(da, k, dai);
    setAt(da, H + k, daf);
    setAt(da, 2 * H + k, dc * i * (1 - gv * gv));
    setAt(da, 3 * H + k, dao);
    let dcPrev = dc * fg;
    if (peep) {
      dcPrev += dai * at(P, k) + daf * at(P, H + k);
      addAt(gP, k, dai * cp);
      addAt(gP, H + k, daf * cp);
      addAt(gP, 2 * H + k, dao * at(c, k));
    }
    setAt(dPrev, H + k, dcPrev);
  }
  inputOuterAdd(g, 4 * H, I, da, x, xj);
  zero(dPrev, H);
  outerAddGemvT(g + offWh, p + offWh, 4 * H, H, da, prev, dPrev);
  addInto(g + offB, da, 4 * H);
  if (dx != 0) gemvTAdd(dx, p, 4 * H, I, da);
}
