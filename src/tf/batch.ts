import * as tf from '@tensorflow/tfjs-core';
import type { ModelSpec, Sample } from '../core/model';

/**
 * A batch of B sequences of the same length T, time-major (index t·B + b), as the tfjs engine
 * trains on it. Plain typed arrays: the batch becomes tensors inside each step's tf.tidy, so a
 * batch never owns GPU memory and never leaks.
 */
export interface TfBatch {
  /** T */
  readonly steps: number;
  /** B */
  readonly size: number;
  readonly inputs: TfInputs;
  readonly targets: TfTargets;
}

type TfInputs =
  /** x_t of every sequence, [T, B, I]. */
  | { readonly kind: 'dense'; readonly data: Float32Array }
  /**
   * Symbol ids, [T, B], for one-hot inputs (character models): U x_t is then row `id` of Uᵀ,
   * which tf.gather reads without building the one-hot matrix (the fast path).
   */
  | { readonly kind: 'ids'; readonly data: Int32Array };

type TfTargets =
  /** Class indices for a softmax head, [T, B]; −1 where a step has no target. */
  | { readonly kind: 'classes'; readonly data: Int32Array }
  /** Target vectors for a linear or sigmoid head, [T, B, O], and 1/0 for "has a target", [T, B]. */
  | { readonly kind: 'values'; readonly data: Float32Array; readonly mask: Float32Array };

/** How many (sequence, step) pairs carry a target: the count the mean loss divides by. */
export function targetCount(batch: TfBatch): number {
  let n = 0;
  if (batch.targets.kind === 'classes') {
    for (const c of batch.targets.data) if (c >= 0) n++;
  } else for (const m of batch.targets.mask) if (m !== 0) n++;
  return n;
}

/** Throws with a readable message when a batch does not fit the model. */
export function checkBatch(spec: ModelSpec, batch: TfBatch): void {
  const { steps: T, size: B, inputs, targets } = batch;
  if (!Number.isInteger(T) || T < 1 || !Number.isInteger(B) || B < 1)
    throw new Error(`a batch needs T ≥ 1 steps and B ≥ 1 sequences, got T = ${T}, B = ${B}`);
  const need = (what: string, have: number, want: number) => {
    if (have !== want) throw new Error(`${what}: expected ${want} entries, got ${have}`);
  };
  if (inputs.kind === 'dense')
    need('dense inputs [T, B, I]', inputs.data.length, T * B * spec.inputSize);
  else {
    need('input ids [T, B]', inputs.data.length, T * B);
    for (const id of inputs.data)
      if (id < 0 || id >= spec.inputSize)
        throw new Error(`input id ${id} is outside 0..${spec.inputSize - 1}`);
  }
  if (spec.output === 'softmax') {
    if (targets.kind !== 'classes') throw new Error('a softmax head needs class targets');
    need('class targets [T, B]', targets.data.length, T * B);
    for (const c of targets.data)
      if (c < -1 || c >= spec.outputSize)
        throw new Error(`class ${c} is outside 0..${spec.outputSize - 1} (or −1 for none)`);
  } else {
    if (targets.kind !== 'values') throw new Error(`a ${spec.output} head needs target vectors`);
    need('target vectors [T, B, O]', targets.data.length, T * B * spec.outputSize);
    need('target mask [T, B]', targets.mask.length, T * B);
  }
}

/**
 * Packs core samples (all of one length) into a dense batch: the same data the core trainer's
 * `bpttStep(params, samples)` sees, so the two engines can be compared step for step.
 */
export function batchFromSamples(spec: ModelSpec, samples: readonly Sample[]): TfBatch {
  const B = samples.length;
  const T = samples[0]?.inputs.length ?? 0;
  if (samples.some((s) => s.inputs.length !== T || s.targets.length !== T))
    throw new Error('every sequence of a batch must have the same length');
  const { inputSize: I, outputSize: O } = spec;
  const x = new Float32Array(T * B * I);
  samples.forEach((s, b) => s.inputs.forEach((xt, t) => x.set(xt, (t * B + b) * I)));
  let targets: TfTargets;
  if (spec.output === 'softmax') {
    const data = new Int32Array(T * B).fill(-1);
    samples.forEach((s, b) =>
      s.targets.forEach((d, t) => {
        if (d === null) return;
        if (typeof d !== 'number') throw new Error('a softmax head needs class targets');
        data[t * B + b] = d;
      }),
    );
    targets = { kind: 'classes', data };
  } else {
    const data = new Float32Array(T * B * O);
    const mask = new Float32Array(T * B);
    samples.forEach((s, b) =>
      s.targets.forEach((d, t) => {
        if (d === null) return;
        if (typeof d === 'number') throw new Error(`a ${spec.output} head needs target vectors`);
        data.set(d, (t * B + b) * O);
        mask[t * B + b] = 1;
      }),
    );
    targets = { kind: 'values', data, mask };
  }
  const batch: TfBatch = { steps: T, size: B, inputs: { kind: 'dense', data: x }, targets };
  checkBatch(spec, batch);
  return batch;
}

/**
 * A character-model batch: `inputs[b][t]` is the id of sequence b's symbol at step t, and
 * `targets[b][t]` the class to predict (null for none).
 */
export function batchFromIds(
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly (number | null)[])[],
): TfBatch {
  const B = inputs.length;
  const T = inputs[0]?.length ?? 0;
  if (targets.length !== B || inputs.some((s, b) => s.length !== T || targets[b]!.length !== T))
    throw new Error('inputs and targets must be B sequences of the same length T');
  const ids = new Int32Array(T * B);
  const classes = new Int32Array(T * B);
  for (let b = 0; b < B; b++)
    for (let t = 0; t < T; t++) {
      ids[t * B + b] = inputs[b]![t]!;
      classes[t * B + b] = targets[b]![t] ?? -1;
    }
  return {
    steps: T,
    size: B,
    inputs: { kind: 'ids', data: ids },
    targets: { kind: 'classes', data: classes },
  };
}

/** The batch as tensors; call inside tf.tidy (they are the caller's to dispose). */
export interface BatchTensors {
  /** [T·B, I] float32, or [T·B] int32 ids. */
  readonly inputs: { kind: 'dense'; x: tf.Tensor2D } | { kind: 'ids'; ids: tf.Tensor1D };
  /** [T·B] int32 classes (−1 = none) for softmax; else [T·B, O] values. */
  readonly classes: tf.Tensor1D | null;
  readonly values: tf.Tensor2D | null;
  /** [T·B] float32: 1 where the step has a target. */
  readonly mask: tf.Tensor1D;
}

export function batchTensors(spec: ModelSpec, batch: TfBatch): BatchTensors {
  const TB = batch.steps * batch.size;
  const inputs: BatchTensors['inputs'] =
    batch.inputs.kind === 'dense'
      ? { kind: 'dense', x: tf.tensor2d(batch.inputs.data, [TB, spec.inputSize]) }
      : { kind: 'ids', ids: tf.tensor1d(batch.inputs.data, 'int32') };
  if (batch.targets.kind === 'classes') {
    const classes = tf.tensor1d(batch.targets.data, 'int32');
    const mask = tf.cast(tf.greaterEqual(classes, 0), 'float32') as tf.Tensor1D;
    return { inputs, classes, values: null, mask };
  }
  return {
    inputs,
    classes: null,
    values: tf.tensor2d(batch.targets.data, [TB, spec.outputSize]),
    mask: tf.tensor1d(batch.targets.mask),
  };
}
