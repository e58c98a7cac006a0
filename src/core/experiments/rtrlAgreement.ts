import { lossAndGradient, type Model, type Sample } from '../model';
import { checkRtrlModel, rtrlGradient } from '../train/rtrl';

/**
 * BPTT's and RTRL's gradient of one sequence's loss at the same weights, block by block: the same
 * quantity computed backwards and forwards in time, so in float64 they agree to rounding. Each
 * block's difference is its largest |BPTT − RTRL| over its largest |BPTT| entry (entries near
 * zero would make an entry-wise ratio meaningless); the whole model's is the worst block's.
 *
 * RTRL carries ∂s_t/∂θ, S × P_c floats, at S²·P_c multiply-adds a step: beyond RTRL_WORK (per
 * sequence) or RTRL_FLOATS the comparison is refused with those numbers rather than run.
 */
export const RTRL_WORK = 3e7;
export const RTRL_FLOATS = 2e6;

export interface BlockAgreement {
  readonly name: string;
  /** ‖BPTT's gradient‖ over the block. */
  readonly norm: number;
  readonly maxDiff: number;
  readonly relative: number;
}

export type Agreement =
  | {
      readonly ok: true;
      readonly relative: number;
      readonly blocks: readonly BlockAgreement[];
    }
  /** RTRL here covers single-layer, unidirectional models with an output head. */
  | { readonly ok: false; readonly reason: 'shape' }
  | {
      readonly ok: false;
      readonly reason: 'size';
      readonly work: number;
      readonly floats: number;
    };

/** What RTRL would cost on this sequence: multiply-adds and floats kept. */
export function rtrlCost(model: Model, T: number): { work: number; floats: number } {
  const { cell } = model.layers[0]!.forward;
  const S = cell.stateSize;
  const Pc = cell.layout.size;
  return { work: S * S * Pc * T, floats: S * Pc };
}

export function rtrlAgreement(model: Model, params: Float64Array, sample: Sample): Agreement {
  try {
    checkRtrlModel(model);
  } catch {
    return { ok: false, reason: 'shape' };
  }
  const cost = rtrlCost(model, sample.inputs.length);
  if (cost.work > RTRL_WORK || cost.floats > RTRL_FLOATS)
    return { ok: false, reason: 'size', ...cost };
  const bptt = lossAndGradient(model, params, sample).grad;
  const rtrl = rtrlGradient(model, params, sample).grad;
  const blocks = model.layout.blocks.map(({ name, offset, rows, cols }) => {
    let maxDiff = 0;
    let maxAbs = 0;
    let squares = 0;
    for (let k = offset; k < offset + rows * cols; k++) {
      maxDiff = Math.max(maxDiff, Math.abs(bptt[k]! - rtrl[k]!));
      maxAbs = Math.max(maxAbs, Math.abs(bptt[k]!));
      squares += bptt[k]! ** 2;
    }
    // A block with no gradient at all (e.g. an output never used) agrees when RTRL's is zero too.
    const relative = maxAbs > 0 ? maxDiff / maxAbs : maxDiff;
    return { name, norm: Math.sqrt(squares), maxDiff, relative };
  });
  return { ok: true, relative: Math.max(...blocks.map((b) => b.relative)), blocks };
}
