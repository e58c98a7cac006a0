/**
 * One step of a GRU by hand, forward and backward, in the convention of the core engine's cell
 * (Cho et al. 2014: the reset gate acts before the recurrent matrix of the candidate):
 *
 *   z = σ(U_z x + W_z s + b_z)     r = σ(U_r x + W_r s + b_r)
 *   s̃ = tanh(U_s̃ x + W_s̃ (r ∘ s) + b_s̃)     s' = (1 − z) ∘ s̃ + z ∘ s
 */
import { addGateGrads, gateBack, netInput, sigmoid, type Gate } from './gates';
import { add } from './minCharRnn';

export interface GruWeights {
  readonly z: Gate;
  readonly r: Gate;
  readonly sTilde: Gate;
}

export interface GruStep {
  readonly x: Float64Array;
  readonly sPrev: Float64Array;
  readonly z: Float64Array;
  readonly r: Float64Array;
  readonly rs: Float64Array;
  readonly sTilde: Float64Array;
  readonly s: Float64Array;
}

// #region forward
export function gruForward(w: GruWeights, x: Float64Array, sPrev: Float64Array): GruStep {
  const z = netInput(w.z, x, sPrev).map(sigmoid);
  const r = netInput(w.r, x, sPrev).map(sigmoid);
  const rs = r.map((ri, k) => ri * sPrev[k]!);
  const sTilde = netInput(w.sTilde, x, rs).map(Math.tanh);
  const s = z.map((zk, k) => (1 - zk) * sTilde[k]! + zk * sPrev[k]!);
  return { x, sPrev, z, r, rs, sTilde, s };
}
// #endregion

// #region backward
/**
 * Given ds = ∂E/∂s_t, adds this step's gradients into g and returns ∂E/∂x_t and ∂E/∂s_{t−1}.
 * s_{t−1} reaches s_t four ways: directly (through z ∘ s), and through z, r and the candidate.
 */
export function gruBackward(w: GruWeights, step: GruStep, ds: Float64Array, g: GruWeights) {
  const { x, sPrev, z, r, rs, sTilde } = step;
  const dsTilde = ds.map((d, k) => d * (1 - z[k]!) * (1 - sTilde[k]! * sTilde[k]!));
  const dz = ds.map((d, k) => d * (sPrev[k]! - sTilde[k]!) * z[k]! * (1 - z[k]!));
  const candidate = gateBack(w.sTilde, dsTilde);
  const dr = candidate.ds.map((d, k) => d * sPrev[k]! * r[k]! * (1 - r[k]!));
  const update = gateBack(w.z, dz);
  const reset = gateBack(w.r, dr);
  addGateGrads(g.sTilde, dsTilde, x, rs);
  addGateGrads(g.z, dz, x, sPrev);
  addGateGrads(g.r, dr, x, sPrev);
  const direct = ds.map((d, k) => d * z[k]! + candidate.ds[k]! * r[k]!);
  const dsPrev = add(add(direct, update.ds), reset.ds);
  const dx = add(add(candidate.dx, update.dx), reset.dx);
  return { dx, dsPrev };
}
// #endregion
