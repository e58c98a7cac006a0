// The simple recurrent network and the clockwork RNN (src/core/cells/srn.ts) as one cell: the
// hidden units split into modules of consecutive units, and module m runs at the steps whose
// time is a multiple of its period (an SRN is one module of period 1). Layout U (H × I),
// W (H × H), b (H). Record: [s].
import { RNN_ACTIVATION, RNN_MODULES, RNN_STARTS } from './descriptor';
import {
  addInto,
  copy,
  gemvAdd,
  gemvTAdd,
  inputAdd,
  inputOuterAdd,
  outerAddGemvT,
  zero,
} from './kernels';
import { activateAll, bytes, option, slope, Step } from './step';

/** Whether module m runs at this step: a module that does not keeps its units' state. */
function runs(s: Step, m: i32, M: i32): bool {
  return s.time % option(s, RNN_STARTS + M + 1 + m) == 0;
}

/** s = f(U x + W s_prev + b) on the running modules' rows; the others copy s_prev. */
export function rnnForward(s: Step): void {
  const I = s.I;
  const H = s.H;
  const W = s.p + bytes(H * I);
  const b = W + bytes(H * H);
  const M = option(s, RNN_MODULES);
  for (let m = 0; m < M; m++) {
    const from = option(s, RNN_STARTS + m);
    const n = option(s, RNN_STARTS + m + 1) - from;
    const a = s.cache + bytes(from);
    if (!runs(s, m, M)) {
      copy(a, s.prev + bytes(from), n);
      continue;
    }
    copy(a, b + bytes(from), n);
    inputAdd(a, s.p + bytes(from * I), n, I, s.x, s.xj);
    gemvAdd(a, W + bytes(from * H), n, H, s.prev);
    activateAll(option(s, RNN_ACTIVATION), a, n);
  }
  copy(s.out, s.cache, H);
}

/**
 * Adds ∂E/∂θ into g, writes ∂E/∂s_prev (a unit that kept its state passes its error straight
 * back) and adds ∂E/∂x into dx when there is one. `scratch` holds H floats.
 */
export function rnnBackward(s: Step): void {
  const I = s.I;
  const H = s.H;
  const offW = bytes(H * I);
  const offB = offW + bytes(H * H);
  const act = option(s, RNN_ACTIVATION);
  const M = option(s, RNN_MODULES);
  const da = s.scratch;
  for (let m = 0; m < M; m++) {
    const running = runs(s, m, M);
    for (let k = option(s, RNN_STARTS + m); k < option(s, RNN_STARTS + m + 1); k++) {
      const at = bytes(k);
      const ds = load<f32>(s.dOut + at) + load<f32>(s.dState + at);
      store<f32>(da + at, running ? ds * slope(act, load<f32>(s.cache + at)) : 0);
      store<f32>(s.dPrev + at, running ? 0 : ds);
    }
  }
  for (let m = 0; m < M; m++) {
    if (!runs(s, m, M)) continue;
    const from = option(s, RNN_STARTS + m);
    const n = option(s, RNN_STARTS + m + 1) - from;
    const dam = da + bytes(from);
    inputOuterAdd(s.g + bytes(from * I), n, I, dam, s.x, s.xj);
    const rows = bytes(from * H);
    outerAddGemvT(s.g + offW + rows, s.p + offW + rows, n, H, dam, s.prev, s.dPrev);
    // A module reads only itself and slower modules (units from `from` on): the weights from
    // faster ones are frozen at zero in the core, so their gradient stays zero here too.
    if (from > 0) for (let r = 0; r < n; r++) zero(s.g + offW + rows + bytes(r * H), from);
    addInto(s.g + offB + bytes(from), dam, n);
    if (s.dx != 0) gemvTAdd(s.dx, s.p + bytes(from * I), n, I, dam);
  }
}
