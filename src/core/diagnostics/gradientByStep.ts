import { slice, type Model } from '../model/model';
import { backward, type Trace } from '../model/run';
import { block } from '../params';

/**
 * How much of ∂E/∂θ each time step contributes. BPTT's gradient for a shared weight block is a
 * sum over time steps of local terms (for an SRN, δ_t s_{t−1}ᵀ for W); this returns each step's
 * term for one block of a single-layer, unidirectional model's cell, and their norms. Their sum
 * is BPTT's gradient for that block.
 */
export function gradientByTimeStep(
  model: Model,
  params: Float64Array,
  trace: Trace,
  dLogits: readonly (Float64Array | null)[],
  blockName = 'W',
): { terms: Float64Array[]; norms: number[] } {
  if (model.layers.length !== 1 || model.layers[0]!.backward)
    throw new Error('per-step gradients: single-layer unidirectional models');
  const placed = model.layers[0]!.forward;
  const b = block(placed.cell.layout, blockName);
  const p = slice(params, placed);
  const T = trace.logits.length;
  // Running the cell backward by hand (rather than through run.backward) keeps each step's term apart.
  const dOut = headGradients(model, params, trace, dLogits);
  const caches = trace.layers[0]!.forward;
  const terms: Float64Array[] = new Array<Float64Array>(T);
  let dState: Float64Array = new Float64Array(placed.cell.stateSize);
  for (let t = T - 1; t >= 0; t--) {
    const local = new Float64Array(placed.cell.layout.size);
    const { dPrev } = placed.cell.backward(p, caches[t]!, dOut[t]!, dState, local, false);
    terms[t] = local.slice(b.offset, b.offset + b.rows * b.cols);
    dState = dPrev;
  }
  return { terms, norms: terms.map((g) => Math.sqrt(g.reduce((s, v) => s + v * v, 0))) };
}

/** ∂E/∂h_t = Vᵀ dz_t at each step (the logits themselves for a Jordan model, which has no head). */
export function headGradients(
  model: Model,
  params: Float64Array,
  trace: Trace,
  dLogits: readonly (Float64Array | null)[],
): Float64Array[] {
  const outputs = trace.layers[0]!.outputs;
  if (!model.head) return outputs.map((h, t) => dLogits[t]?.slice() ?? new Float64Array(h.length));
  const O = model.spec.outputSize;
  const { head } = model;
  return outputs.map((h, t) => {
    const dh = new Float64Array(h.length);
    const dz = dLogits[t];
    if (dz)
      for (let k = 0; k < O; k++)
        for (let j = 0; j < h.length; j++)
          dh[j]! += params[head.offset + k * head.inputSize + j]! * dz[k]!;
    return dh;
  });
}

/** The total BPTT gradient restricted to one block, for comparison in tests. */
export function blockGradient(
  model: Model,
  params: Float64Array,
  trace: Trace,
  dLogits: readonly (Float64Array | null)[],
  blockName = 'W',
): Float64Array {
  const placed = model.layers[0]!.forward;
  const b = block(placed.cell.layout, blockName);
  const g = backward(model, params, trace, dLogits);
  return g.slice(placed.offset + b.offset, placed.offset + b.offset + b.rows * b.cols);
}
