// The Jordan network of src/core/cells/jordan.ts: the output, not the hidden layer, is fed
// back. h = f(U x + W y_prev + b), z = V h + c, y = g(z). Layout U (H × I), W (H × O), b (H),
// V (O × H), c (O). The cell writes the logits z as its output (a Jordan model has no separate
// head) and carries y. Record: [y, h].
import {
  JORDAN_ACTIVATION,
  JORDAN_OUTPUT,
  JORDAN_OUTPUTS,
  OUTPUT_SIGMOID,
  OUTPUT_SOFTMAX,
} from './descriptor';
import {
  addInto,
  at,
  copy,
  gemvAdd,
  inputAdd,
  inputOuterAdd,
  outerAddGemvT,
  setAt,
  zero,
} from './kernels';
import { activateAll, bytes, option, sigmoid, slope, Step } from './step';

export function jordanForward(s: Step): void {
  const H = s.H;
  const O = option(s, JORDAN_OUTPUTS);
  const W = s.p + bytes(H * s.I);
  const b = W + bytes(H * O);
  const V = b + bytes(H);
  const y = s.cache;
  const h = y + bytes(O);
  const z = s.out;
  copy(h, b, H);
  inputAdd(h, s.p, H, s.I, s.x, s.xj);
  gemvAdd(h, W, H, O, s.prev);
  activateAll(option(s, JORDAN_ACTIVATION), h, H);
  copy(z, V + bytes(O * H), O);
  gemvAdd(z, V, O, H, h);
  const output = option(s, JORDAN_OUTPUT);
  if (output == OUTPUT_SOFTMAX) {
    let max = at(z, 0);
    for (let k = 1; k < O; k++) max = Mathf.max(max, at(z, k));
    let sum: f32 = 0;
    for (let k = 0; k < O; k++) {
      const e = Mathf.exp(at(z, k) - max);
      setAt(y, k, e);
      sum += e;
    }
    for (let k = 0; k < O; k++) setAt(y, k, at(y, k) / sum);
  } else if (output == OUTPUT_SIGMOID) {
    for (let k = 0; k < O; k++) setAt(y, k, sigmoid(at(z, k)));
  } else {
    copy(y, z, O);
  }
}

/**
 * Jordan backward: ∂E/∂z is the loss's (dOut) plus what y carried back (∂y/∂z is symmetric for
 * all three outputs). A Jordan model has one layer, so there is no ∂E/∂x to pass down.
 * `scratch` holds O + H floats.
 */
export function jordanBackward(s: Step): void {
  const H = s.H;
  const O = option(s, JORDAN_OUTPUTS);
  const offW = bytes(H * s.I);
  const offB = offW + bytes(H * O);
  const offV = offB + bytes(H);
  const y = s.cache;
  const h = y + bytes(O);
  const dz = s.scratch;
  const da = dz + bytes(O);
  const output = option(s, JORDAN_OUTPUT);
  let carried: f32 = 0;
  if (output == OUTPUT_SOFTMAX) for (let k = 0; k < O; k++) carried += at(y, k) * at(s.dState, k);
  for (let k = 0; k < O; k++) {
    const yk = at(y, k);
    const ds = at(s.dState, k);
    const back =
      output == OUTPUT_SOFTMAX
        ? yk * (ds - carried)
        : output == OUTPUT_SIGMOID
          ? ds * yk * (1 - yk)
          : ds;
    setAt(dz, k, at(s.dOut, k) + back);
  }
  zero(da, H);
  outerAddGemvT(s.g + offV, s.p + offV, O, H, dz, h, da);
  addInto(s.g + offV + bytes(O * H), dz, O);
  const act = option(s, JORDAN_ACTIVATION);
  for (let k = 0; k < H; k++) setAt(da, k, at(da, k) * slope(act, at(h, k)));
  inputOuterAdd(s.g, H, s.I, da, s.x, s.xj);
  zero(s.dPrev, O);
  outerAddGemvT(s.g + offW, s.p + offW, H, O, da, s.prev, s.dPrev);
  addInto(s.g + offB, da, H);
}
