// The GRU of src/core/cells/gru.ts (Cho et al. 2014, reset before the recurrent matrix):
// z, r = σ(…), c = tanh(Wx_c x + Wh_c (r∘s) + b_c), s' = (1 − z)∘c + z∘s. Layout Wx (3H × I),
// Wh (3H × H), b (3H), gate rows z, r, c. Record: [s', z, r, c, r∘s].
import {
  addAt,
  addInto,
  at,
  copy,
  gemvAdd,
  gemvTAdd,
  inputAdd,
  inputOuterAdd,
  outerAddGemvT,
  setAt,
  zero,
} from './kernels';
import { SIGMOID, TANH } from './descriptor';
import { activateAll, bytes, Step } from './step';

export function gruForward(s: Step): void {
  const H = s.H;
  const prev = s.prev;
  const Wh = s.p + bytes(3 * H * s.I);
  const z = s.cache + bytes(H);
  const r = z + bytes(H);
  const c = r + bytes(H);
  const rs = c + bytes(H);
  // z and r are adjacent in the record as their rows are in the layout: one product for both.
  copy(z, Wh + bytes(3 * H * H), 3 * H);
  inputAdd(z, s.p, 3 * H, s.I, s.x, s.xj);
  gemvAdd(z, Wh, 2 * H, H, prev);
  activateAll(SIGMOID, z, 2 * H);
  for (let k = 0; k < H; k++) setAt(rs, k, at(r, k) * at(prev, k));
  gemvAdd(c, Wh + bytes(2 * H * H), H, H, rs);
  activateAll(TANH, c, H);
  for (let k = 0; k < H; k++) {
    const zk = at(z, k);
    setAt(s.cache, k, (1 - zk) * at(c, k) + zk * at(prev, k));
  }
  copy(s.out, s.cache, H);
}

/** GRU backward (see rnnBackward); `scratch` holds 4H floats. */
export function gruBackward(s: Step): void {
  const H = s.H;
  const prev = s.prev;
  const dPrev = s.dPrev;
  const offWh = bytes(3 * H * s.I);
  const offWhc = offWh + bytes(2 * H * H);
  const z = s.cache + bytes(H);
  const r = z + bytes(H);
  const c = r + bytes(H);
  const rs = c + bytes(H);
  const daz = s.scratch;
  const dar = daz + bytes(H);
  const dac = dar + bytes(H);
  const drs = dac + bytes(H);
  for (let k = 0; k < H; k++) {
    const ds = at(s.dOut, k) + at(s.dState, k);
    const zk = at(z, k);
    const ck = at(c, k);
    setAt(daz, k, ds * (at(prev, k) - ck) * zk * (1 - zk));
    setAt(dac, k, ds * (1 - zk) * (1 - ck * ck));
    setAt(dPrev, k, ds * zk);
  }
  zero(drs, H);
  outerAddGemvT(s.g + offWhc, s.p + offWhc, H, H, dac, rs, drs);
  for (let k = 0; k < H; k++) {
    const rk = at(r, k);
    const d = at(drs, k);
    setAt(dar, k, d * at(prev, k) * rk * (1 - rk));
    addAt(dPrev, k, d * rk);
  }
  outerAddGemvT(s.g + offWh, s.p + offWh, 2 * H, H, daz, prev, dPrev);
  inputOuterAdd(s.g, 3 * H, s.I, daz, s.x, s.xj);
  addInto(s.g + offWh + bytes(3 * H * H), daz, 3 * H);
  if (s.dx != 0) gemvTAdd(s.dx, s.p, 3 * H, s.I, daz);
}
