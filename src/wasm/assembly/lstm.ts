// The LSTM of src/core/cells/lstm.ts and every variant of lstmVariants.ts in one cell: the
// descriptor says which gates have rows (an absent gate reads as 1; coupled gates make
// f = 1 − i), where the peepholes and the full gate recurrence Wgg sit, whether the cell input
// and output are squashed, and whether the gradient is the 1997 truncated one. Layout Wx (R × I),
// Wh (R × H), b (R) with the present gates' rows in the order i, f, g, o; then Wgg; then the
// peepholes. Record: [h, c, i, f, o, g, tanh c] — the state first ([h; c], or [h; c; i; f; o]
// with full gate recurrence, whose gates read the previous step's i, f, o).
import { FLAG_COUPLED, FLAG_LINEAR_INPUT, FLAG_LINEAR_OUTPUT, FLAG_TRUNCATED } from './descriptor';
import {
  addAt,
  addInto,
  at,
  copy,
  gemvAdd,
  gemvTAdd,
  inputAdd,
  inputOuterAdd,
  outerAdd,
  outerAddGemvT,
  setAt,
  zero,
} from './kernels';
import { bytes, sigmoid, Step } from './step';
import { sigmoidV, tanhV } from './vmath';

/** The option words of an LSTM descriptor, in descriptor.ts's order, read as a struct. */
@unmanaged
class LstmOptions {
  rows: i32;
  rowI: i32;
  rowF: i32;
  rowG: i32;
  rowO: i32;
  peepI: i32;
  peepF: i32;
  peepO: i32;
  wgg: i32;
  flags: i32;
}

/** Entry k of the vector at float offset `from` of v, or 0 when the vector is absent (−1). */
function maybe(v: usize, from: i32, k: i32): f32 {
  return from < 0 ? 0 : at(v, from + k);
}

/** A sigmoid gate's value from its net input row, or 1 when the variant has no such gate. */
function gate(a: usize, row: i32, k: i32, extra: f32): f32 {
  return row < 0 ? 1 : sigmoid(at(a, row + k) + extra);
}

/** Four gates' values from their net input rows (+ extra), or ones when the variant has none. */
function gateV(a: usize, row: i32, o: usize, extra: v128): v128 {
  if (row < 0) return f32x4.splat(1);
  return sigmoidV(f32x4.add(v128.load(a + bytes(row) + o), extra));
}

/**
 * What a gate adds to its net input beside Wx x + Wh h + b, four units at a time: the full gate
 * recurrence's product (at `part` in `rec`) and the peephole's weight times the cell state,
 * each zero when absent.
 */
function peepV(
  rec: usize,
  recurrence: i32,
  part: i32,
  o: usize,
  p: usize,
  peep: i32,
  cell: v128,
): v128 {
  let extra = f32x4.splat(0);
  if (recurrence >= 0) extra = v128.load(rec + bytes(part) + o);
  if (peep >= 0) extra = f32x4.add(extra, f32x4.mul(v128.load(p + bytes(peep) + o), cell));
  return extra;
}

/** `scratch` holds the R net inputs, then (full gate recurrence) Wgg's 3H products. */
export function lstmForward(s: Step): void {
  const H = s.H;
  const v = changetype<LstmOptions>(s.options);
  const R = v.rows;
  const wgg = v.wgg;
  const Wh = s.p + bytes(R * s.I);
  const a = s.scratch;
  copy(a, Wh + bytes(R * H), R);
  inputAdd(a, s.p, R, s.I, s.x, s.xj);
  gemvAdd(a, Wh, R, H, s.prev);
  const rec = a + bytes(R);
  if (wgg >= 0) {
    zero(rec, 3 * H);
    gemvAdd(rec, s.p + bytes(wgg), 3 * H, 3 * H, s.prev + bytes(2 * H));
  }
  const recurrence = wgg >= 0 ? 0 : -1;
  const cPrev = s.prev + bytes(H);
  const c = s.cache + bytes(H);
  const linearInput = (v.flags & FLAG_LINEAR_INPUT) != 0;
  const linearOutput = (v.flags & FLAG_LINEAR_OUTPUT) != 0;
  let k = 0;
  if (ASC_FEATURE_SIMD) {
    // Four units at a time; the scalar loop below finishes the last H mod 4.
    const coupled = (v.flags & FLAG_COUPLED) != 0;
    for (; k + 4 <= H; k += 4) {
      const o = bytes(k);
      const cp = v128.load(cPrev + o);
      const i = gateV(a, v.rowI, o, peepV(rec, recurrence, 0, o, s.p, v.peepI, cp));
      const f = coupled
        ? f32x4.sub(f32x4.splat(1), i)
        : gateV(a, v.rowF, o, peepV(rec, recurrence, H, o, s.p, v.peepF, cp));
      const net = v128.load(a + bytes(v.rowG) + o);
      const g = linearInput ? net : tanhV(net);
      const ck = f32x4.add(f32x4.mul(f, cp), f32x4.mul(i, g));
      const og = gateV(a, v.rowO, o, peepV(rec, recurrence, 2 * H, o, s.p, v.peepO, ck));
      const t = linearOutput ? ck : tanhV(ck);
      v128.store(s.cache + o, f32x4.mul(og, t));
      v128.store(c + o, ck);
      v128.store(c + bytes(H) + o, i);
      v128.store(c + bytes(2 * H) + o, f);
      v128.store(c + bytes(3 * H) + o, og);
      v128.store(c + bytes(4 * H) + o, g);
      v128.store(c + bytes(5 * H) + o, t);
    }
  }
  for (; k < H; k++) {
    const cp = at(cPrev, k);
    const i = gate(a, v.rowI, k, maybe(rec, recurrence, k) + maybe(s.p, v.peepI, k) * cp);
    let f = gate(a, v.rowF, k, maybe(rec, recurrence, H + k) + maybe(s.p, v.peepF, k) * cp);
    if (v.flags & FLAG_COUPLED) f = 1 - i;
    const net = at(a, v.rowG + k);
    const g = linearInput ? net : Mathf.tanh(net);
    const ck = f * cp + i * g;
    const o = gate(a, v.rowO, k, maybe(rec, recurrence, 2 * H + k) + maybe(s.p, v.peepO, k) * ck);
    const t = linearOutput ? ck : Mathf.tanh(ck);
    setAt(s.cache, k, o * t);
    setAt(c, k, ck);
    setAt(c, H + k, i);
    setAt(c, 2 * H + k, f);
    setAt(c, 3 * H + k, o);
    setAt(c, 4 * H + k, g);
    setAt(c, 5 * H + k, t);
  }
  copy(s.out, s.cache, H);
}

/**
 * LSTM backward (see rnnBackward). dState and dPrev are laid out as the state. `scratch` holds
 * the R net-input errors, then (full gate recurrence) those of i, f, o in Wgg's row order.
 */
export function lstmBackward(s: Step): void {
  const H = s.H;
  const v = changetype<LstmOptions>(s.options);
  const R = v.rows;
  const wgg = v.wgg;
  const truncated = (v.flags & FLAG_TRUNCATED) != 0;
  const coupled = (v.flags & FLAG_COUPLED) != 0;
  const inputSlope = (v.flags & FLAG_LINEAR_INPUT) == 0;
  const outputSlope = (v.flags & FLAG_LINEAR_OUTPUT) == 0;
  // With full gate recurrence the state's error has parts for the previous i, f, o.
  const gateError = wgg >= 0 ? 2 * H : -1;
  const c = s.cache + bytes(H);
  const cPrev = s.prev + bytes(H);
  const da = s.scratch;
  const daGates = da + bytes(R);
  for (let k = 0; k < H; k++) {
    const dh = at(s.dOut, k) + at(s.dState, k);
    const ck = at(c, k);
    const i = at(c, H + k);
    const f = at(c, 2 * H + k);
    const o = at(c, 3 * H + k);
    const g = at(c, 4 * H + k);
    const t = at(c, 5 * H + k);
    const cp = at(cPrev, k);
    const dao: f32 =
      v.rowO < 0 ? 0 : (dh * t + maybe(s.dState, gateError, 2 * H + k)) * o * (1 - o);
    let dc = at(s.dState, H + k) + dh * o * (outputSlope ? 1 - t * t : 1);
    // The 1997 gradient ignores the peepholes on its way back (their weights still learn).
    if (!truncated) dc += dao * maybe(s.p, v.peepO, k);
    const df = dc * cp + maybe(s.dState, gateError, H + k);
    // With coupled gates f = 1 − i, so the error on f reaches i with the opposite sign.
    const di = dc * g + maybe(s.dState, gateError, k) - (coupled ? df : 0);
    const dai: f32 = v.rowI < 0 ? 0 : di * i * (1 - i);
    const daf: f32 = v.rowF < 0 ? 0 : df * f * (1 - f);
    if (v.rowI >= 0) setAt(da, v.rowI + k, dai);
    if (v.rowF >= 0) setAt(da, v.rowF + k, daf);
    setAt(da, v.rowG + k, dc * i * (inputSlope ? 1 - g * g : 1));
    if (v.rowO >= 0) setAt(da, v.rowO + k, dao);
    let dcPrev = dc * f;
    if (!truncated) dcPrev += dai * maybe(s.p, v.peepI, k) + daf * maybe(s.p, v.peepF, k);
    setAt(s.dPrev, H + k, dcPrev);
    if (v.peepI >= 0) addAt(s.g, v.peepI + k, dai * cp);
    if (v.peepF >= 0) addAt(s.g, v.peepF + k, daf * cp);
    if (v.peepO >= 0) addAt(s.g, v.peepO + k, dao * ck);
    if (wgg >= 0) {
      setAt(daGates, k, dai);
      setAt(daGates, H + k, daf);
      setAt(daGates, 2 * H + k, dao);
    }
  }
  const offWh = bytes(R * s.I);
  inputOuterAdd(s.g, R, s.I, da, s.x, s.xj);
  addInto(s.g + offWh + bytes(R * H), da, R);
  // Only the cell state carries the 1997 gradient back in time: h_{t−1}, the previous gates
  // and x_t get none.
  backThrough(s.g + offWh, s.p + offWh, R, H, da, s.prev, s.dPrev, truncated);
  if (wgg >= 0) {
    const at2 = bytes(2 * H);
    const W = bytes(wgg);
    backThrough(s.g + W, s.p + W, 3 * H, 3 * H, daGates, s.prev + at2, s.dPrev + at2, truncated);
  }
  if (!truncated && s.dx != 0) gemvTAdd(s.dx, s.p, R, s.I, da);
}

/** G += d vᵀ and, unless truncated, dv = Wᵀ d (dv is written, not added to). */
function backThrough(
  G: usize,
  W: usize,
  rows: i32,
  cols: i32,
  d: usize,
  v: usize,
  dv: usize,
  truncated: bool,
): void {
  zero(dv, cols);
  if (truncated) outerAdd(G, rows, cols, d, v);
  else outerAddGemvT(G, W, rows, cols, d, v, dv);
}
