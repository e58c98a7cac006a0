import { createModel, type Model } from '../model/model';
import type { ModelSpec } from '../model/spec';

/**
 * The 1997 memory cell — no forget gate, c_t = c_{t−1} + i_t ∘ g_t — built from the standard
 * LSTM by pinning its forget gate open: the forget rows of Wx and Wh are 0 and frozen, the forget
 * bias is frozen at a value whose sigmoid is 1 in float64, so f_t = 1 exactly at every step.
 * (Trained with the full gradient, not the 1997 truncated one.)
 */

/** σ(40) = 1 − 4·10⁻¹⁸, which rounds to 1 in float64. */
export const PINNED_FORGET_BIAS = 40;

/** The LSTM without a forget gate: the model (frozen forget rows) and how to pin its weights. */
export function noForgetGateModel(spec: ModelSpec): Model {
  if (spec.cell.kind !== 'lstm') throw new Error('only an LSTM has a forget gate to remove');
  const model = createModel(spec);
  const frozen = new Uint8Array(model.layout.size);
  for (const rows of forgetRows(model)) frozen.fill(1, rows.from, rows.to);
  return { ...model, frozen };
}

/** Sets the forget rows of freshly initialised weights: f_t = 1 whatever the input. */
export function pinForgetGateOpen(model: Model, params: Float64Array): Float64Array {
  for (const rows of forgetRows(model)) params.fill(rows.value, rows.from, rows.to);
  return params;
}

/** The forget gate's rows (H..2H−1) of every LSTM's Wx, Wh and b, and what they hold pinned. */
function forgetRows(model: Model): { from: number; to: number; value: number }[] {
  const H = model.spec.hiddenSize;
  return model.layout.blocks.flatMap((b) => {
    const kind = /\.(Wx|Wh|b)$/.exec(b.name)?.[1];
    if (!kind || b.name.startsWith('head.')) return [];
    // Blocks are row-major: gate row r starts at offset + r·cols.
    return [
      {
        from: b.offset + H * b.cols,
        to: b.offset + 2 * H * b.cols,
        value: kind === 'b' ? PINNED_FORGET_BIAS : 0,
      },
    ];
  });
}
