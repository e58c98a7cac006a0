/**
 * The hand-written character SRN of src/core/handmade/minCharRnn.ts on TensorFlow.js: the same
 * weights as tf.variables, the same loss written in tensor operations, the gradient from
 * tf.variableGrads instead of a hand-written backward pass, and the same clipping and Adam.
 * Chapter 5 shows it region by region; its tests hold it to the hand-written code.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { CharRnn, Mat } from '../../core/handmade';

// #region variables
/** The model's weights as tf.variables (float32): tfjs tracks them and can differentiate. */
export interface TfCharRnn {
  readonly vocabSize: number;
  readonly U: tf.Variable;
  readonly W: tf.Variable;
  readonly b: tf.Variable;
  readonly V: tf.Variable;
  readonly c: tf.Variable;
}

export function toTf(m: CharRnn): TfCharRnn {
  // tfjs takes float32 arrays: the float64 weights are rounded on the way in. tf.variable
  // copies its starting tensor, which tf.tidy then frees (a variable outlives any tidy).
  const matrix = (w: Mat) =>
    tf.tidy(() => tf.variable(tf.tensor2d(Float32Array.from(w.data), [w.rows, w.cols])));
  const vector = (v: Float64Array) => tf.tidy(() => tf.variable(tf.tensor1d(Float32Array.from(v))));
  return {
    vocabSize: m.vocabSize,
    U: matrix(m.U),
    W: matrix(m.W),
    b: vector(m.b),
    V: matrix(m.V),
    c: vector(m.c),
  };
}
// #endregion

// #region forward-loss
/**
 * The loss of a window from state s0 (1 × H), as forward() in minCharRnn.ts computes it, and
 * the last state. Rows are time steps: U x_t for every t is one matrix product up front.
 */
export function windowLoss(
  w: TfCharRnn,
  inputs: readonly number[],
  targets: readonly number[],
  s0: tf.Tensor2D,
): { loss: tf.Scalar; last: tf.Tensor2D } {
  const x = tf.cast(tf.oneHot(tf.tensor1d([...inputs], 'int32'), w.vocabSize), 'float32');
  const ux = tf.matMul(x, w.U, false, true);
  const states: tf.Tensor2D[] = [];
  let s = s0;
  for (let t = 0; t < inputs.length; t++) {
    const z = tf.add(tf.add(tf.slice(ux, [t, 0], [1, -1]), tf.matMul(s, w.W, false, true)), w.b);
    s = tf.tanh(z) as tf.Tensor2D;
    states.push(s);
  }
  const q = tf.add(tf.matMul(tf.concat(states), w.V, false, true), w.c);
  const y = tf.cast(tf.oneHot(tf.tensor1d([...targets], 'int32'), w.vocabSize), 'float32');
  const loss = tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(q)))) as tf.Scalar;
  return { loss, last: s };
}
// #endregion

// #region train-step
/**
 * One window: loss and gradients (tf.variableGrads), clipping to maxNorm, Adam. Everything
 * made on the way is freed by tf.tidy; only the state carried into the next window is kept.
 */
export function trainStepOnTf(
  w: TfCharRnn,
  adam: tf.Optimizer,
  inputs: readonly number[],
  targets: readonly number[],
  s: tf.Tensor2D,
  maxNorm = 5,
): { loss: number; s: tf.Tensor2D } {
  let last: tf.Tensor2D | null = null;
  const loss = tf.tidy(() => {
    const { value, grads } = tf.variableGrads(() => {
      const pass = windowLoss(w, inputs, targets, s);
      last = tf.keep(pass.last);
      return pass.loss;
    });
    const squares = Object.values(grads).map((g) => tf.sum(tf.square(g)));
    const scale = tf.minimum(1, tf.div(maxNorm, tf.sqrt(tf.addN(squares))));
    const clipped = Object.fromEntries(
      Object.entries(grads).map(([name, g]) => [name, tf.mul(g, scale)]),
    );
    adam.applyGradients(clipped);
    return value;
  });
  const value = loss.dataSync()[0]!;
  loss.dispose();
  return { loss: value, s: last! };
}
// #endregion

// #region dispose
/** Variables live until disposed: tf.tidy does not free them. */
export function disposeTf(w: TfCharRnn): void {
  for (const v of [w.U, w.W, w.b, w.V, w.c]) v.dispose();
}
// #endregion
