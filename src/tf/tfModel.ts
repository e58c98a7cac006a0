import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';
import { lstmTfProblem } from '../core/cells';
import { createModel, type Model, type ModelSpec } from '../core/model';
import { batchTensors, checkBatch, targetCount, type TfBatch } from './batch';
import { headLoss, headOutput } from './heads';
import { createNetwork, networkLogits } from './network';
import { createTfParams, gradientsToLayout } from './variables';

/**
 * The core engine's models on TensorFlow.js: the same cells, heads and losses (see
 * cells.ts, heads.ts), the parameters held as tf.Variables but imported from and exported to
 * the core's flat Float64Array layout — so a model trained on one engine continues on the
 * other, and `saveModel`/`loadModel` (core/model/saveFormat.ts) work unchanged.
 *
 * Supported: SRN (tanh, ReLU, sigmoid, linear), GRU, LSTM (peepholes or not), clockwork RNN;
 * any depth, uni- or bidirectional; softmax, linear and sigmoid heads. Not Jordan networks.
 * Sequences start from zero states at time 0.
 */
export interface TfModel {
  readonly spec: ModelSpec;
  /** The core model: its layout is the export format. */
  readonly model: Model;
  /** One variable per layout block, in layout order (what the optimiser updates). */
  readonly variables: readonly tf.Variable[];
  /** Σ of the loss over every (sequence, step) with a target. Allocates: use inside tf.tidy. */
  loss(batch: TfBatch): tf.Scalar;
  /** Logits [T, B, O]. Allocates: use inside tf.tidy. */
  logits(batch: TfBatch): tf.Tensor3D;
  /** Outputs (probabilities, or values for a linear head) [T, B, O]; the caller disposes them. */
  outputs(batch: TfBatch): tf.Tensor3D;
  /** The summed loss, read back asynchronously, and the number of steps with a target. */
  evaluate(batch: TfBatch): Promise<{ loss: number; count: number }>;
  /**
   * The summed loss and its gradient in the core layout (a synchronous readback: for tests and
   * for comparing engines, not for a training loop).
   */
  lossAndGradients(batch: TfBatch): { loss: number; count: number; grad: Float64Array };
  /** The parameters in the core layout (synchronous readback). */
  getParams(): Float64Array;
  /** The same without blocking (WebGL): resolves when the GPU has delivered them. */
  readParams(): Promise<Float64Array>;
  /** Overwrites the parameters from the core layout (rounded to float32). */
  setParams(params: Float64Array): void;
  /** Frees every variable and constant the model holds. */
  dispose(): void;
}

/**
 * Builds the tfjs model of `spec` with the parameters `params` in the layout of
 * `createModel(spec)` (e.g. from core's `initParams`, or `loadModel`).
 */
export function createTfModel(spec: ModelSpec, params: Float64Array): TfModel {
  const model = createModel(spec);
  if (spec.cell.kind === 'jordan') throw new Error('the tfjs engine does not run Jordan networks');
  const lstmProblem = spec.cell.kind === 'lstm' ? lstmTfProblem(spec.cell) : null;
  if (lstmProblem) throw new Error(lstmProblem);
  const tfParams = createTfParams(model, params);
  const network = createNetwork(model, tfParams);
  let disposed = false;
  const alive = () => {
    if (disposed) throw new Error('this tfjs model has been disposed');
  };
  const logits2d = (batch: TfBatch) => {
    alive();
    checkBatch(spec, batch);
    const tensors = batchTensors(spec, batch);
    return { tensors, z: networkLogits(network, tensors.inputs, batch.steps, batch.size) };
  };
  const loss = (batch: TfBatch) => {
    const { tensors, z } = logits2d(batch);
    return headLoss(spec.output, z, tensors);
  };
  const to3d = (batch: TfBatch, t: tf.Tensor2D) =>
    tf.reshape(t, [batch.steps, batch.size, spec.outputSize]) as tf.Tensor3D;
  return {
    spec,
    model,
    variables: tfParams.variables,
    loss,
    logits: (batch) => to3d(batch, logits2d(batch).z),
    outputs: (batch) => tf.tidy(() => to3d(batch, headOutput(spec.output, logits2d(batch).z))),
    async evaluate(batch) {
      const value = tf.tidy(() => loss(batch));
      const [v] = await value.data();
      value.dispose();
      return { loss: v!, count: targetCount(batch) };
    },
    lossAndGradients(batch) {
      alive();
      let result: { loss: number; count: number; grad: Float64Array } | null = null;
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => loss(batch), [...tfParams.variables]);
        result = {
          loss: value.dataSync()[0]!,
          count: targetCount(batch),
          grad: gradientsToLayout(tfParams, model.layout.size, grads),
        };
      });
      return result!;
    },
    getParams: () => (alive(), tfParams.read()),
    readParams: () => (alive(), tfParams.readAsync()),
    setParams: (p) => (alive(), tfParams.assign(p)),
    dispose() {
      if (disposed) return;
      disposed = true;
      network.dispose();
      tfParams.dispose();
    },
  };
}
