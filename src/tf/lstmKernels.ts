import * as tf from '@tensorflow/tfjs-core';

/**
 * The four per-step computations of the fused LSTM layer (lstmSequence.ts), in the layouts
 * the WebGL programs use, so that the sequence code is the same on every backend:
 *
 * - a state is ONE tensor [2B, H]: rows 0…B−1 are h, rows B…2B−1 are c;
 * - `A` holds pre-activations a = h·Whᵀ + x + b, gate columns i, f, g, o ([rows, 4H]); a step
 *   reads B rows of it from row `aRow` (the whole input projection at the first step, so the
 *   first step needs no copy of its rows);
 * - a step's backward result is ONE tensor [B, 5H]: columns 0…4H−1 are ∂L/∂a (the gradient of
 *   the pre-activations, i.e. of that step's rows of the input projection), columns 4H…5H−1
 *   are ∂L/∂c_{t−1}, what the previous step needs.
 *
 * `tfOpsKernels` writes them as ordinary tfjs ops (any backend); webglLstm.ts as one custom
 * WebGL program each.
 */
export interface LstmStepInputs {
  /** Sequences in the batch. */
  readonly B: number;
  /** Pre-activations [rows, 4H] and the first row of this step's B rows. */
  readonly a: tf.Tensor2D;
  readonly aRow: number;
  /** The previous state [2B, H], or null at the first step (zero state). */
  readonly prev: tf.Tensor2D | null;
  /** Peepholes p_i, p_f, p_o as rows of [3, H], or null. */
  readonly peep: tf.Tensor2D | null;
}

export interface LstmKernels {
  /** h_{t−1}·Wh + x[xRow … xRow+B−1]: the pre-activations [B, 4H] of a step after the first. */
  preActivation(prev: tf.Tensor2D, wh: tf.Tensor2D, x: tf.Tensor2D, xRow: number): tf.Tensor2D;
  /** The new state [2B, H] from a step's pre-activations and the previous state. */
  cellForward(step: LstmStepInputs): tf.Tensor2D;
  /**
   * The step's backward result [B, 5H] (see above) from ∂L/∂h_t = dy[dyRow …] + dhNext and
   * ∂L/∂c_t from the next step's result `next` (null at the last step processed).
   */
  cellBackward(
    step: LstmStepInputs,
    dy: tf.Tensor2D,
    dyRow: number,
    dhNext: tf.Tensor2D | null,
    next: tf.Tensor2D | null,
  ): tf.Tensor2D;
  /** ∂L/∂h_{t−1} = ∂L/∂a · Whᵀ [B, H], from a backward result [B, 5H]. */
  recurrentGrad(back: tf.Tensor2D, wh: tf.Tensor2D): tf.Tensor2D;
  /** Copies (or not) a tensor into the layout the kernels read fastest; once per sequence. */
  prepare<T extends tf.Tensor>(t: T): T;
}

const rows = (t: tf.Tensor2D, from: number, n: number) =>
  tf.slice(t, [from, 0], [n, t.shape[1]]) as tf.Tensor2D;

/** Gates and states of one step, recomputed from its inputs exactly as the forward pass did. */
function gates({ a, aRow, prev, peep, B }: LstmStepInputs) {
  const [ai0, af0, ag, ao0] = tf.split(rows(a, aRow, B), 4, 1) as tf.Tensor2D[];
  const cPrev = prev ? rows(prev, B, B) : null;
  const p = peep ? (tf.split(peep, 3, 0) as tf.Tensor2D[]) : null;
  const ai = p && cPrev ? tf.add(ai0!, tf.mul(cPrev, p[0]!)) : ai0!;
  const af = p && cPrev ? tf.add(af0!, tf.mul(cPrev, p[1]!)) : af0!;
  const i = tf.sigmoid(ai);
  const f = tf.sigmoid(af);
  const g = tf.tanh(ag!);
  const ig = tf.mul(i, g);
  const c = (cPrev ? tf.add(tf.mul(f, cPrev), ig) : ig) as tf.Tensor2D;
  const o = tf.sigmoid(p ? tf.add(ao0!, tf.mul(c, p[2]!)) : ao0!);
  const tc = tf.tanh(c);
  return { i, f, g, o, c, tc, cPrev, p };
}

/** The kernels as tfjs ops: what the CPU and WASM backends run, and the reference for WebGL. */
export const tfOpsKernels: LstmKernels = {
  preActivation(prev, wh, x, xRow) {
    const B = prev.shape[0] / 2;
    return tf.add(tf.matMul(rows(prev, 0, B), wh), rows(x, xRow, B)) as tf.Tensor2D;
  },
  cellForward(step) {
    const { o, c, tc } = gates(step);
    return tf.concat([tf.mul(o, tc), c], 0) as tf.Tensor2D;
  },
  cellBackward(step, dy, dyRow, dhNext, next) {
    const H = step.a.shape[1] / 4;
    const B = step.B;
    const { i, f, g, o, tc, cPrev, p } = gates(step);
    const dyRows = rows(dy, dyRow, B);
    const dh = dhNext ? tf.add(dyRows, dhNext) : dyRows;
    // σ' = σ(1 − σ), tanh' = 1 − tanh².
    const dao = tf.mul(tf.mul(dh, tc), tf.mul(o, tf.sub(1, o)));
    let dc = tf.mul(tf.mul(dh, o), tf.sub(1, tf.square(tc)));
    if (next) dc = tf.add(tf.slice(next, [0, 4 * H], [B, H]), dc);
    if (p) dc = tf.add(dc, tf.mul(dao, p[2]!));
    const dai = tf.mul(tf.mul(dc, g), tf.mul(i, tf.sub(1, i)));
    const daf = cPrev ? tf.mul(tf.mul(dc, cPrev), tf.mul(f, tf.sub(1, f))) : tf.zerosLike(dc);
    const dag = tf.mul(tf.mul(dc, i), tf.sub(1, tf.square(g)));
    let dcPrev = tf.mul(dc, f);
    if (p) dcPrev = tf.add(dcPrev, tf.add(tf.mul(dai, p[0]!), tf.mul(daf, p[1]!)));
    return tf.concat([dai, daf, dag, dao, dcPrev], 1) as tf.Tensor2D;
  },
  recurrentGrad(back, wh) {
    const [B, H4] = [back.shape[0], wh.shape[1]];
    return tf.matMul(tf.slice(back, [0, 0], [B, H4]), wh, false, true) as tf.Tensor2D;
  },
  prepare: (t) => t,
};
