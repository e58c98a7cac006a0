// One time step of one cell as its kernels see it: the cell's descriptor (descriptor.ts) and
// the step's addresses, gathered into one frame in static memory so every cell's forward and
// backward take the same single argument. Also the activations the cells share.
import {
  D_INPUTS,
  D_OUTS,
  D_PREV,
  D_STATE,
  GRAD,
  HIDDEN_SIZE,
  INPUT_INDEX,
  INPUT_SIZE,
  INPUTS,
  OPTIONS,
  OUT_STRIDE,
  OUTS,
  PARAMS,
  RECORD_SIZE,
  RECORDS,
  RELU,
  REVERSED,
  SCRATCH,
  SIGMOID,
  TANH,
  ZERO_STATE,
} from './descriptor';
import { sigmoidV, tanhV } from './vmath';

@unmanaged
export class Step {
  /** The cell's parameters and gradient (its slices of the model's). */
  p: usize;
  g: usize;
  I: i32;
  H: i32;
  /** x_t, and the index of its only non-zero entry (−1 for a dense input). */
  x: usize;
  xj: i32;
  /** The state before the step, and the step's record (which starts with the new state). */
  prev: usize;
  cache: usize;
  /** Where h_t goes (the layer output) and where ∂E/∂h_t comes from. */
  out: usize;
  dOut: usize;
  /** ∂E/∂state_t in, ∂E/∂state_{t−1} out (backward only). */
  dState: usize;
  dPrev: usize;
  /** ∂E/∂x_t is added here, or 0 when x_t is data. */
  dx: usize;
  scratch: usize;
  /** The step's time as the cell counts it (clockwork modules run by it). */
  time: i32;
  /** The kind's option words. */
  options: usize;
}

const frame = changetype<Step>(memory.data(offsetof<Step>()));

export function bytes(n: i32): usize {
  return (<usize>n) << 2;
}

/** Word k of the descriptor at c. */
export function word(c: usize, k: i32): i32 {
  return load<i32>(c + bytes(k));
}

export function option(s: Step, k: i32): i32 {
  return load<i32>(s.options + bytes(k));
}

/**
 * The frame of step t of a sequence of T steps run so far: the state before it is the previous
 * step's record (the next one's, for a reversed cell), or zeros at the sequence's edge.
 */
export function enter(c: usize, t: i32, T: i32): Step {
  const s = frame;
  const reversed = word(c, REVERSED) != 0;
  s.p = <usize>word(c, PARAMS);
  s.g = <usize>word(c, GRAD);
  s.I = word(c, INPUT_SIZE);
  s.H = word(c, HIDDEN_SIZE);
  s.x = <usize>word(c, INPUTS) + bytes(t * s.I);
  const index = <usize>word(c, INPUT_INDEX);
  s.xj = index != 0 ? load<i32>(index + bytes(t)) : -1;
  const records = <usize>word(c, RECORDS);
  const recordSize = word(c, RECORD_SIZE);
  s.cache = records + bytes(t * recordSize);
  const before = reversed ? t + 1 : t - 1;
  s.prev =
    before < 0 || before >= T ? <usize>word(c, ZERO_STATE) : records + bytes(before * recordSize);
  const stride = word(c, OUT_STRIDE);
  s.out = <usize>word(c, OUTS) + bytes(t * stride);
  s.dOut = <usize>word(c, D_OUTS) + bytes(t * stride);
  const dInputs = <usize>word(c, D_INPUTS);
  s.dx = dInputs != 0 ? dInputs + bytes(t * s.I) : 0;
  s.dState = <usize>word(c, D_STATE);
  s.dPrev = <usize>word(c, D_PREV);
  s.scratch = <usize>word(c, SCRATCH);
  s.time = reversed ? T - 1 - t : t;
  s.options = c + bytes(OPTIONS);
  return s;
}

export function sigmoid(x: f32): f32 {
  if (x >= 0) return 1 / (1 + Mathf.exp(-x));
  const e = Mathf.exp(x);
  return e / (1 + e);
}

export function activate(kind: i32, a: f32): f32 {
  if (kind == TANH) return Mathf.tanh(a);
  if (kind == RELU) return a > 0 ? a : 0;
  if (kind == SIGMOID) return sigmoid(a);
  return a;
}

/** f′ written through the output y = f(a), as src/core/activations.ts. */
export function slope(kind: i32, y: f32): f32 {
  if (kind == TANH) return 1 - y * y;
  if (kind == RELU) return y > 0 ? 1 : 0;
  if (kind == SIGMOID) return y * (1 - y);
  return 1;
}

/** Applies f in place to n floats at a (four at a time with SIMD, the rest one by one). */
export function activateAll(kind: i32, a: usize, n: i32): void {
  let k = 0;
  if (ASC_FEATURE_SIMD) {
    for (; k + 4 <= n; k += 4) {
      const p = a + bytes(k);
      const x = v128.load(p);
      // max(0, x) as ReLU's scalar form: NaN and −0 give +0.
      if (kind == TANH) v128.store(p, tanhV(x));
      else if (kind == SIGMOID) v128.store(p, sigmoidV(x));
      else if (kind == RELU) v128.store(p, f32x4.pmax(f32x4.splat(0), x));
    }
  }
  for (; k < n; k++) store<f32>(a + bytes(k), activate(kind, load<f32>(a + bytes(k))));
}
