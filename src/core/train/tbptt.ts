import type { StepCache } from '../cells/types';
import type { Model } from '../model/model';
import { backward, forward, sequenceLoss, type Sample, type Trace } from '../model/run';
import { TrainingRefusal } from './refusal';

/**
 * Truncated backpropagation through time, BPTT(k1, k2) (Williams & Peng 1990): run forward;
 * every k1 steps, take the errors of those k1 steps and backpropagate them at most k2 steps
 * into the past (k2 ≥ k1). What came earlier is treated as a constant. With k1 = k2 = T this is
 * BPTT. `onChunk` receives each chunk's gradient and may change `params` in place (online
 * training): later steps then run on the new weights, as in the algorithm.
 */
export interface TbpttOptions {
  readonly k1: number;
  readonly k2: number;
}

interface TbpttChunk {
  /** The chunk's last step (inclusive). */
  readonly end: number;
  readonly loss: number;
  readonly count: number;
  readonly grad: Float64Array;
}

export function checkTbptt(model: Model, { k1, k2 }: TbpttOptions): void {
  if (model.layers.some((l) => l.backward))
    throw new TrainingRefusal(
      { code: 'tbpttBidirectional' },
      'truncated BPTT runs online: bidirectional layers need the whole sequence',
    );
  if (!Number.isInteger(k1) || !Number.isInteger(k2) || k1 < 1 || k2 < k1) {
    throw new TrainingRefusal(
      { code: 'tbpttWindow', k1, k2 },
      `truncated BPTT needs integers 1 ≤ k1 ≤ k2, got k1 = ${k1}, k2 = ${k2}`,
    );
  }
}

export function tbptt(
  model: Model,
  params: Float64Array,
  sample: Sample,
  options: TbpttOptions,
  onChunk: (chunk: TbpttChunk) => void = () => {},
): { loss: number; count: number; grad: Float64Array } {
  checkTbptt(model, options);
  const { k1, k2 } = options;
  const T = sample.inputs.length;
  const total = new Float64Array(model.layout.size);
  let loss = 0;
  let count = 0;
  // The trace so far, one step at a time (each step run with the weights of its moment).
  const layers = model.layers.map(() => ({
    forward: [] as StepCache[],
    outputs: [] as Float64Array[],
  }));
  const logits: Float64Array[] = [];
  let states: Float64Array[] = model.layers.map((l) => new Float64Array(l.forward.cell.stateSize));
  for (let t = 0; t < T; t++) {
    const step = forward(model, params, [sample.inputs[t]!], { states, time: t });
    step.layers.forEach((l, i) => {
      layers[i]!.forward.push(l.forward[0]!);
      layers[i]!.outputs.push(l.outputs[0]!);
    });
    logits.push(step.logits[0]!);
    states = step.layers.map((l) => l.forward[0]!.state as Float64Array);
    if ((t + 1) % k1 !== 0 && t !== T - 1) continue;
    const first = t + 1 - ((t + 1) % k1 || k1);
    const trace: Trace = { layers: layers.map((l) => ({ ...l, backward: null })), logits };
    const targets = sample.targets.slice(0, t + 1).map((d, k) => (k >= first ? d : null));
    const chunkLoss = sequenceLoss(model, trace, targets);
    const grad = backward(
      model,
      params,
      trace,
      chunkLoss.dLogits,
      undefined,
      Math.max(0, t + 1 - k2),
      t + 1,
    );
    for (let k = 0; k < grad.length; k++) total[k]! += grad[k]!;
    loss += chunkLoss.loss;
    count += chunkLoss.count;
    onChunk({ end: t, loss: chunkLoss.loss, count: chunkLoss.count, grad });
  }
  return { loss, count, grad: total };
}
