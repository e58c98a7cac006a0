// The LSTM of src/core/cells/lstm.ts and every variant of lstmVariants.ts in one cell: the
// descriptor says which gates have rows (an absent gate reads as 1; coupled gates make
// f = 1 − i), where the peepholes and the full gate recurrence Wgg sit, whether the cell input
// and output are squashed, and whether the gradient is the 1997 truncated one. Layout Wx (R × I),
// Wh (R × H), b (R) with the present gates' rows in the order i, f, g, o; then Wgg; then the
// peepholes. Record: [h, c, i, f, o, g, tanh c] — the state first ([h; c], or [h; c; i; f; o]
// with full gate recurrence, whose gates read the previous step's i, f, o) — then the R
// net-input errors the backward step leaves there.
import {
  FLAG_COUPLED,
  FLAG_LINEAR_INPUT,
  FLAG_LINEAR_OUTPUT,
  FLAG_TRUNCATED,
  RECORD_SIZE,
  RECORDS,
  REVERSED,
} from './descriptor';
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
import { outerSumAdd } from './outerSum';
import { bytes, enter, sigmoid, Step, word } from './step';
import { sigmoidV, tanhV } from './vmath';

/** Where a step's net-input errors start in its record, in units of H floats. */
const DA_AT = 7;

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
 * LSTM backward (see rnnBackward). dState and dPrev are laid out as the state. The R net-input
 * errors go into the step's record after its forward values (DA_AT), where lstmWeightGradient
 * finds them for Wh's gradient, summed over the sweep; `scratch` holds (full gate recurrence)
 * the errors of i, f, o in Wgg's row order.
 */
export function lstmBackward(s: Step): void {
  const H = s.H;
  const v = changetype<LstmOptions>(s.options);
  const R = v.rows;
  const wgg = v.wgg;
  const truncated = (v.flags & FLAG_TRUNCATED) != 0;
  const da = s.cache + bytes(DA_AT * H);
  const k = ASC_FEATURE_SIMD ? lstmBackwardUnitsV(s, v, da) : 0;
  lstmBackwardUnits(s, v, da, k);
  const offWh = bytes(R * s.I);
  inputOuterAdd(s.g, R, s.I, da, s.x, s.xj);
  addInto(s.g + offWh + bytes(R * H), da, R);
  // Only the cell state carries the 1997 gradient back in time: h_{t−1}, the previous gates
  // and x_t get none.
  zero(s.dPrev, H);
  if (!truncated) gemvTAdd(s.dPrev, s.p + offWh, R, H, da);
  if (wgg >= 0) {
    const at2 = bytes(2 * H);
    const W = bytes(wgg);
    backThrough(s.g + W, s.p + W, 3 * H, 3 * H, s.scratch, s.prev + at2, s.dPrev + at2, truncated);
  }
  if (!truncated && s.dx != 0) gemvTAdd(s.dx, s.p, R, s.I, da);
}

/**
 * Wh's gradient from a backward sweep over steps [from, to) of T: Σ_t da_t h_{t−1}ᵀ (h_{t+1}
 * for a reversed cell) over the steps that have a previous state, as one product.
 */
export function lstmWeightGradient(c: usize, T: i32, from: i32, to: i32): void {
  const s = enter(c, from, T);
  const H = s.H;
  const R = changetype<LstmOptions>(s.options).rows;
  const stride = word(c, RECORD_SIZE);
  const records = <usize>word(c, RECORDS);
  const reversed = word(c, REVERSED) != 0;
  // The steps whose previous state is a record (not the zero state at the sequence's edge).
  const first = reversed ? from : max(from, 1);
  const last = reversed ? min(to, T - 1) : to;
  const previous = reversed ? first + 1 : first - 1;
  const G = s.g + bytes(R * s.I);
  const D = records + bytes(first * stride + DA_AT * H);
  outerSumAdd(G, R, H, D, stride, records + bytes(previous * stride), stride, last - first);
}

/** The per-unit part of the backward step, for units `from` on, one at a time. */
function lstmBackwardUnits(s: Step, v: LstmOptions, da: usize, from: i32): void {
  const H = s.H;
  const truncated = (v.flags & FLAG_TRUNCATED) != 0;
  const coupled = (v.flags & FLAG_COUPLED) != 0;
  const inputSlope = (v.flags & FLAG_LINEAR_INPUT) == 0;
  const outputSlope = (v.flags & FLAG_LINEAR_OUTPUT) == 0;
  // With full gate recurrence the state's error has parts for the previous i, f, o.
  const gateError = v.wgg >= 0 ? 2 * H : -1;
  const c = s.cache + bytes(H);
  const cPrev = s.prev + bytes(H);
  const daGates = s.scratch;
  for (let k = from; k < H; k++) {
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
    if (v.wgg >= 0) {
      setAt(daGates, k, dai);
      setAt(daGates, H + k, daf);
      setAt(daGates, 2 * H + k, dao);
    }
  }
}

/** lstmBackwardUnits four units at a time (f32x4), as far as whole fours go; returns the next unit. */
function lstmBackwardUnitsV(s: Step, v: LstmOptions, da: usize): i32 {
  const H = s.H;
  const truncated = (v.flags & FLAG_TRUNCATED) != 0;
  const coupled = (v.flags & FLAG_COUPLED) != 0;
  const inputSlope = (v.flags & FLAG_LINEAR_INPUT) == 0;
  const outputSlope = (v.flags & FLAG_LINEAR_OUTPUT) == 0;
  const gateError = v.wgg >= 0 ? 2 * H : -1;
  const c = s.cache + bytes(H);
  const cPrev = s.prev + bytes(H);
  const one = f32x4.splat(1);
  const none = f32x4.splat(0);
  let k = 0;
  for (; k + 4 <= H; k += 4) {
    const o = bytes(k);
    const dh = f32x4.add(v128.load(s.dOut + o), v128.load(s.dState + o));
    const ck = v128.load(c + o);
    const i = v128.load(c + bytes(H) + o);
    const f = v128.load(c + bytes(2 * H) + o);
    const og = v128.load(c + bytes(3 * H) + o);
    const g = v128.load(c + bytes(4 * H) + o);
    const t = v128.load(c + bytes(5 * H) + o);
    const cp = v128.load(cPrev + o);
    const dao =
      v.rowO < 0
        ? none
        : f32x4.mul(
            f32x4.mul(f32x4.add(f32x4.mul(dh, t), maybeV(s.dState, gateError, 2 * H, o)), og),
            f32x4.sub(one, og),
          );
    const outSlope = outputSlope ? f32x4.sub(one, f32x4.mul(t, t)) : one;
    let dc = f32x4.add(v128.load(s.dState + bytes(H) + o), f32x4.mul(f32x4.mul(dh, og), outSlope));
    if (!truncated) dc = f32x4.add(dc, f32x4.mul(dao, maybeV(s.p, v.peepO, 0, o)));
    const df = f32x4.add(f32x4.mul(dc, cp), maybeV(s.dState, gateError, H, o));
    let di = f32x4.add(f32x4.mul(dc, g), maybeV(s.dState, gateError, 0, o));
    if (coupled) di = f32x4.sub(di, df);
    const dai = v.rowI < 0 ? none : f32x4.mul(f32x4.mul(di, i), f32x4.sub(one, i));
    const daf = v.rowF < 0 ? none : f32x4.mul(f32x4.mul(df, f), f32x4.sub(one, f));
    if (v.rowI >= 0) v128.store(da + bytes(v.rowI) + o, dai);
    if (v.rowF >= 0) v128.store(da + bytes(v.rowF) + o, daf);
    const inSlope = inputSlope ? f32x4.sub(one, f32x4.mul(g, g)) : one;
    v128.store(da + bytes(v.rowG) + o, f32x4.mul(f32x4.mul(dc, i), inSlope));
    if (v.rowO >= 0) v128.store(da + bytes(v.rowO) + o, dao);
    let dcPrev = f32x4.mul(dc, f);
    if (!truncated) {
      const peeps = f32x4.add(
        f32x4.mul(dai, maybeV(s.p, v.peepI, 0, o)),
        f32x4.mul(daf, maybeV(s.p, v.peepF, 0, o)),
      );
      dcPrev = f32x4.add(dcPrev, peeps);
    }
    v128.store(s.dPrev + bytes(H) + o, dcPrev);
    if (v.peepI >= 0) addV(s.g + bytes(v.peepI) + o, f32x4.mul(dai, cp));
    if (v.peepF >= 0) addV(s.g + bytes(v.peepF) + o, f32x4.mul(daf, cp));
    if (v.peepO >= 0) addV(s.g + bytes(v.peepO) + o, f32x4.mul(dao, ck));
    if (v.wgg >= 0) {
      v128.store(s.scratch + o, dai);
      v128.store(s.scratch + bytes(H) + o, daf);
      v128.store(s.scratch + bytes(2 * H) + o, dao);
    }
  }
  return k;
}

/** Four floats of the vector at float offset `from` + `part` of v (byte offset o), or zeros. */
function maybeV(v: usize, from: i32, part: i32, o: usize): v128 {
  return from < 0 ? f32x4.splat(0) : v128.load(v + bytes(from + part) + o);
}

/** Adds x to the four floats at p. */
function addV(p: usize, x: v128): void {
  v128.store(p, f32x4.add(v128.load(p), x));
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
