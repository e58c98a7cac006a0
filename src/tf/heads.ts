import * as tf from '@tensorflow/tfjs-core';
import type { OutputKind } from '../core/cells';
import type { BatchTensors } from './batch';
import { oneHotFloat } from './ops';

/**
 * The core's output heads and losses (`src/core/losses.ts`) over a whole batch of logits
 * [T·B, O], summed over every (sequence, step) that has a target — core's E = Σ_t E_t, summed
 * over the batch's sequences:
 * - softmax: cross-entropy −ln p_d in nats (tfjs's softmaxCrossEntropy, whose gradient is the
 *   exact softmax − one-hot);
 * - linear: squared error ½‖y − d‖²;
 * - sigmoid: binary cross-entropy from the logits, softplus(z) − d z (stable for large |z|).
 * For all three ∂E/∂z = output − target, as in core.
 */
export function headLoss(kind: OutputKind, logits: tf.Tensor2D, batch: BatchTensors): tf.Scalar {
  const O = logits.shape[1];
  const { mask } = batch;
  if (kind === 'softmax') {
    if (!batch.classes) throw new Error('a softmax head needs class targets');
    // One class: p = 1 and the loss is 0 (tf.oneHot needs two); keep the graph connected.
    if (O < 2) return tf.mul(tf.sum(logits), 0) as tf.Scalar;
    // oneHot(−1) is a zero row, and the mask zeroes that row's loss and gradient.
    const labels = oneHotFloat(batch.classes, O);
    return tf.losses.softmaxCrossEntropy(labels, logits, mask, 0, tf.Reduction.SUM) as tf.Scalar;
  }
  if (!batch.values) throw new Error(`a ${kind} head needs target vectors`);
  const perRow =
    kind === 'linear'
      ? tf.mul(0.5, tf.sum(tf.squaredDifference(logits, batch.values), 1))
      : tf.sum(tf.sub(tf.softplus(logits), tf.mul(batch.values, logits)), 1);
  return tf.sum(tf.mul(perRow, mask));
}

/** What the model outputs from its logits: probabilities (softmax, sigmoid) or values. */
export function headOutput(kind: OutputKind, logits: tf.Tensor2D): tf.Tensor2D {
  if (kind === 'softmax') return tf.softmax(logits);
  if (kind === 'sigmoid') return tf.sigmoid(logits);
  return logits;
}
