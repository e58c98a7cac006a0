import type { Model } from '../model/model';
import { nodeGroups } from '../train/ekf';

/**
 * What one time step of each training algorithm costs, counted from the model's sizes (not
 * timed): multiply-adds, and floats that must be kept in memory. N is the number of
 * parameters, P_c the recurrent cell's, S its state size, O the outputs, T the sequence length.
 *
 * - BPTT: forward ≈ N, backward ≈ 2N multiply-adds per step; it stores every step's activations
 *   (the cell's cache, ≈ c·S per step) for the whole sequence: O(T·S).
 * - TBPTT(k1, k2): forward N per step, plus a backward sweep of k2 steps every k1 steps; stores
 *   k2 steps.
 * - RTRL (Williams & Zipser 1989): P_t = J_t P_{t−1} + D_t costs S²·P_c (+ S·P_c); stores the
 *   S × P_c sensitivities. For an SRN with n units, P_c ≈ n², so O(n⁴) time and O(n³) memory.
 * - EKF: RTRL plus the Kalman update, ≈ 2·O·N² + O²·N for the global filter, with an N × N
 *   covariance; the node-decoupled filter replaces N² by Σ_g n_g².
 */
export type Algorithm = 'bptt' | 'tbptt' | 'rtrl' | 'ekf' | 'dekf';

export interface StepCost {
  readonly multiplyAdds: number;
  readonly floatsStored: number;
}

interface CostOptions {
  readonly T: number;
  readonly k1?: number;
  readonly k2?: number;
}

/** Floats a cell caches per step: its state plus its gate activations. */
function cacheFloats(model: Model): number {
  const { cell } = model.layers[0]!.forward;
  const H = cell.hiddenSize;
  switch (cell.kind) {
    case 'lstm':
      return cell.stateSize + 5 * H;
    case 'gru':
      return cell.stateSize + 4 * H;
    default:
      return cell.stateSize + H;
  }
}

export function stepCost(
  model: Model,
  algorithm: Algorithm,
  { T, k1 = 1, k2 = T }: CostOptions,
): StepCost {
  const N = model.layout.size;
  const { cell } = model.layers[0]!.forward;
  const S = cell.stateSize;
  const Pc = cell.layout.size;
  const O = model.spec.outputSize;
  const perStepCache =
    cacheFloats(model) * model.layers.length * (model.spec.bidirectional ? 2 : 1);
  const rtrl: StepCost = {
    multiplyAdds: N + S * S * Pc + 2 * S * Pc + O * N,
    floatsStored: S * Pc + N,
  };
  switch (algorithm) {
    case 'bptt':
      return { multiplyAdds: 3 * N, floatsStored: T * perStepCache + N };
    case 'tbptt':
      return { multiplyAdds: N + (2 * N * k2) / k1, floatsStored: k2 * perStepCache + N };
    case 'rtrl':
      return rtrl;
    case 'ekf':
      return {
        multiplyAdds: rtrl.multiplyAdds + 2 * O * N * N + O * O * N,
        floatsStored: rtrl.floatsStored + N * N,
      };
    case 'dekf': {
      const squares = nodeGroups(model).reduce((s, g) => s + g.length * g.length, 0);
      return {
        multiplyAdds: rtrl.multiplyAdds + 2 * O * squares + O * O * N,
        floatsStored: rtrl.floatsStored + squares,
      };
    }
  }
}
