import type { StepCache } from '../cells/types';
import { gemvAdd, outerAddAndGemvT, vecAdd } from '../cells/kernels';
import { stepLoss, type Target } from '../losses';
import { slice, type Layer, type Model } from './model';

/** Everything the forward pass computed over one sequence. */
export interface Trace {
  /** Per layer: the forward direction's caches by time, the backward direction's by time t. */
  readonly layers: readonly {
    readonly forward: readonly StepCache[];
    readonly backward: readonly StepCache[] | null;
    /** The layer's output at each t ([forward; backward] when bidirectional). */
    readonly outputs: readonly Float64Array[];
  }[];
  readonly logits: readonly Float64Array[];
}

/** Where a forward pass starts: the states of each layer's forward cell, and the time index. */
export interface StartPoint {
  readonly states: readonly Float64Array[];
  /** The absolute time of the first step (clockwork cells run modules by absolute time). */
  readonly time: number;
}

function runLayer(
  layer: Layer,
  params: Float64Array,
  inputs: readonly Float64Array[],
  start: Float64Array | null,
  time: number,
) {
  const T = inputs.length;
  const run = (placed: NonNullable<Layer['backward']>, reversed: boolean) => {
    const p = slice(params, placed);
    const caches: StepCache[] = new Array<StepCache>(T);
    let state: Float64Array = (!reversed && start) || new Float64Array(placed.cell.stateSize);
    for (let tau = 0; tau < T; tau++) {
      const t = reversed ? T - 1 - tau : tau;
      const cache = placed.cell.forward(p, inputs[t]!, state, reversed ? tau : time + tau);
      caches[t] = cache;
      state = cache.state;
    }
    return caches;
  };
  const forward = run(layer.forward, false);
  const backward = layer.backward ? run(layer.backward, true) : null;
  const outputs = forward.map((c, t) => {
    if (!backward) return c.out;
    const both = new Float64Array(layer.outputSize);
    both.set(c.out);
    both.set(backward[t]!.out, c.out.length);
    return both;
  });
  return { forward, backward, outputs };
}

/**
 * Runs the model over a sequence, from zero initial states (s_{−1} = 0) or from `start` (the
 * forward cells' states after an earlier part of the sequence; unidirectional models).
 */
export function forward(
  model: Model,
  params: Float64Array,
  inputs: readonly Float64Array[],
  start?: StartPoint,
): Trace {
  if (params.length !== model.layout.size)
    throw new Error(`expected ${model.layout.size} parameters, got ${params.length}`);
  const layers: Trace['layers'][number][] = [];
  let current = inputs;
  for (const [l, layer] of model.layers.entries()) {
    const result = runLayer(layer, params, current, start?.states[l] ?? null, start?.time ?? 0);
    layers.push(result);
    current = result.outputs;
  }
  const { head } = model;
  const O = model.spec.outputSize;
  const logits = current.map((h) => {
    if (!head) return h;
    const z = params.slice(head.offset + O * head.inputSize, head.offset + O * head.inputSize + O);
    gemvAdd(z, params, head.offset, O, head.inputSize, h);
    return z;
  });
  return { layers, logits };
}

interface SequenceLoss {
  /** E = Σ_t E_t over the steps that have a target. */
  readonly loss: number;
  /** How many steps have a target. */
  readonly count: number;
  readonly dLogits: readonly (Float64Array | null)[];
  readonly outputs: readonly (Float64Array | null)[];
}

export function sequenceLoss(model: Model, trace: Trace, targets: readonly Target[]): SequenceLoss {
  if (targets.length !== trace.logits.length) throw new Error('one target (or null) per step');
  let loss = 0;
  let count = 0;
  const dLogits: (Float64Array | null)[] = [];
  const outputs: (Float64Array | null)[] = [];
  trace.logits.forEach((z, t) => {
    const target = targets[t];
    if (target === null || target === undefined) {
      dLogits.push(null);
      outputs.push(null);
      return;
    }
    const step = stepLoss(model.spec.output, z, target);
    loss += step.loss;
    count++;
    dLogits.push(step.dLogits);
    outputs.push(step.output);
  });
  return { loss, count, dLogits, outputs };
}

/**
 * Backpropagation through time over a whole trace: given ∂E/∂z_t for each step (null where
 * there is no loss), returns ∂E/∂θ in the model's layout. `from`/`to` restrict the backward
 * sweep to steps [from, to) — truncated BPTT uses that; by default it covers the sequence.
 */
export function backward(
  model: Model,
  params: Float64Array,
  trace: Trace,
  dLogits: readonly (Float64Array | null)[],
  grad: Float64Array = new Float64Array(model.layout.size),
  from = 0,
  to = trace.logits.length,
): Float64Array {
  const T = trace.logits.length;
  const { head } = model;
  const top = trace.layers[trace.layers.length - 1]!;
  // ∂E/∂(top layer output) at each step.
  let dOutputs: Float64Array[] = top.outputs.map((h, t) => {
    const dz = t >= from && t < to ? dLogits[t] : null;
    if (!head) return dz ? dz.slice() : new Float64Array(h.length);
    const dh = new Float64Array(h.length);
    if (dz) {
      const O = model.spec.outputSize;
      outerAddAndGemvT(grad, params, head.offset, dz, h, dh);
      vecAdd(grad, head.offset + O * head.inputSize, dz);
    }
    return dh;
  });
  for (let l = model.layers.length - 1; l >= 0; l--) {
    const layer = model.layers[l]!;
    const run = trace.layers[l]!;
    const dInputs = Array.from({ length: T }, (_, t) => new Float64Array(run.forward[t]!.x.length));
    const sweep = (
      placed: NonNullable<Layer['backward']>,
      caches: readonly StepCache[],
      reversed: boolean,
      part: number,
    ) => {
      const p = slice(params, placed);
      const g = slice(grad, placed);
      const H = placed.cell.outputSize;
      let dState: Float64Array = new Float64Array(placed.cell.stateSize);
      // Time runs backwards for the forward direction and forwards for the reversed one.
      for (let k = 0; k < T; k++) {
        const t = reversed ? k : T - 1 - k;
        if (t < from || t >= to) continue;
        const dOut = dOutputs[t]!.subarray(part * H, (part + 1) * H);
        const { dx, dPrev } = placed.cell.backward(p, caches[t]!, dOut, dState, g, l > 0);
        const dIn = dInputs[t]!;
        for (let j = 0; j < dx.length; j++) dIn[j]! += dx[j]!;
        dState = dPrev;
      }
    };
    sweep(layer.forward, run.forward, false, 0);
    if (layer.backward && run.backward) sweep(layer.backward, run.backward, true, 1);
    dOutputs = dInputs;
  }
  return grad;
}

export interface Sample {
  readonly inputs: readonly Float64Array[];
  readonly targets: readonly Target[];
}

/** Forward, loss and full BPTT gradient of one sequence. */
export function lossAndGradient(model: Model, params: Float64Array, sample: Sample) {
  const trace = forward(model, params, sample.inputs);
  const loss = sequenceLoss(model, trace, sample.targets);
  const grad = backward(model, params, trace, loss.dLogits);
  return { ...loss, grad, trace };
}
