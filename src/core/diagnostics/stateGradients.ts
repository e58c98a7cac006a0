import { slice, type Model } from '../model/model';
import type { Trace } from '../model/run';
import { headGradients } from './gradientByStep';

/**
 * The error that reaches each step's carried state: ‖∂E/∂s_t‖ for t = 0 … T−1, E the sequence's
 * loss, s_t the state the cell hands to step t+1 (LSTM: h_t and c_t; Jordan: its output y_t).
 * It is the sum of what the later steps send back through s_{t+1} (the cell's backward step
 * returns it as ∂E/∂s_t) and what the step's own output sends (∂out_t/∂s_t)ᵀ ∂E/∂out_t. Where
 * only the last steps carry a loss, its shrinking towards t = 0 is the vanishing gradient.
 * Single-layer, unidirectional models.
 */
export function stateGradientNorms(
  model: Model,
  params: Float64Array,
  trace: Trace,
  dLogits: readonly (Float64Array | null)[],
): number[] {
  if (model.layers.length !== 1 || model.layers[0]!.backward)
    throw new Error('per-step state gradients: single-layer unidirectional models');
  const placed = model.layers[0]!.forward;
  const { cell } = placed;
  const p = slice(params, placed);
  const dOut = headGradients(model, params, trace, dLogits);
  const caches = trace.layers[0]!.forward;
  const scratch = new Float64Array(cell.layout.size);
  const norms = new Array<number>(caches.length);
  let fromLater: Float64Array = new Float64Array(cell.stateSize);
  for (let t = caches.length - 1; t >= 0; t--) {
    const cache = caches[t]!;
    const total = fromLater.slice();
    const select = cell.outFromState(cache);
    if (select) {
      // total += selectᵀ dOut_t (select is out × state).
      const d = dOut[t]!;
      for (let i = 0; i < select.rows; i++) {
        const e = d[i]!;
        if (e === 0) continue;
        for (let j = 0; j < select.cols; j++) total[j]! += select.data[i * select.cols + j]! * e;
      }
    }
    norms[t] = Math.hypot(...total);
    fromLater = cell.backward(p, cache, dOut[t]!, fromLater, scratch, false).dPrev;
  }
  return norms;
}
