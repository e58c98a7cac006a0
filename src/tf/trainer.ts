import * as tf from '@tensorflow/tfjs-core';
import type { TrainOptions } from '../core/train';
import { targetCount, type TfBatch } from './batch';
import { createTfOptimizer } from './optimiser';
import type { TfStepResult } from './readback';
import type { TfModel } from './tfModel';

/**
 * Batched BPTT on tfjs, the counterpart of core's `trainer.bpttStep(params, samples)`: the
 * gradient of the loss summed over the batch, divided by the number of steps with a target
 * (the mean), clipped by norm (Pascanu, Mikolov & Bengio 2013) and/or by value, then one
 * optimiser update (see optimiser.ts for how each optimiser maps onto tf.train).
 *
 * Each step runs inside one tf.tidy and reads nothing back: it returns the loss and gradient
 * norm as scalars for a Readback (readback.ts), so a training loop never waits on the GPU.
 *
 * A step whose loss or gradient is not finite applies a zero gradient instead — NaN never
 * reaches the weights or the optimiser's moments. For SGD that is exactly core's refused
 * step; with momentum, RMSProp or Adam the moments still decay once and the weights move by
 * what momentum they carry (core skips the update entirely, which tfjs cannot do without
 * reading the norm back first). The readback reports the step as diverged.
 */
export interface TfTrainer {
  readonly model: TfModel;
  readonly optimizer: tf.Optimizer;
  /** One update from the batch; the result's scalars belong to the caller (or a Readback). */
  trainStep(batch: TfBatch): TfStepResult;
  /** Frees the optimiser's state (not the model). */
  dispose(): void;
}

export function createTfTrainer(model: TfModel, options: TrainOptions): TfTrainer {
  const optimizer = createTfOptimizer(options.optimiser);
  const variables = [...model.variables];
  const { clipNorm, clipValue } = options;
  if (clipNorm !== undefined && !(clipNorm > 0)) throw new Error('clipNorm must be > 0');
  if (clipValue !== undefined && !(clipValue > 0)) throw new Error('clipValue must be > 0');
  return {
    model,
    optimizer,
    trainStep(batch) {
      const count = targetCount(batch);
      const perStep = 1 / Math.max(count, 1);
      const [loss, gradNorm] = tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => model.loss(batch), variables);
        const mean = variables.map((v) => tf.mul(grads[v.name] ?? tf.zerosLike(v), perStep));
        const norm = tf.sqrt(tf.addN(mean.map((g) => tf.sum(tf.square(g))))) as tf.Scalar;
        const meanLoss = tf.mul(value, perStep) as tf.Scalar;
        const finite = tf.logicalAnd(tf.isFinite(norm), tf.isFinite(meanLoss));
        const scale =
          clipNorm === undefined
            ? null
            : tf.where(tf.greater(norm, clipNorm), tf.div(clipNorm, norm), tf.scalar(1));
        const applied: tf.NamedTensorMap = {};
        variables.forEach((v, i) => {
          let g = mean[i]!;
          if (scale) g = tf.mul(g, scale);
          if (clipValue !== undefined) g = tf.clipByValue(g, -clipValue, clipValue);
          applied[v.name] = tf.where(finite, g, tf.zerosLike(g));
        });
        optimizer.applyGradients(applied);
        return [meanLoss, norm];
      });
      return { loss: loss!, gradNorm: gradNorm!, count };
    },
    dispose() {
      optimizer.dispose();
    },
  };
}
