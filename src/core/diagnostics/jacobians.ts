import { matMul } from '../linalg/basic';
import { zeros, type Matrix } from '../matrix';
import { slice, type Model } from '../model/model';
import type { Trace } from '../model/run';

/** ∂state_t/∂state_{t−1} at every step of a layer's forward direction (layer 0 by default). */
export function stepJacobians(
  model: Model,
  params: Float64Array,
  trace: Trace,
  layer = 0,
): Matrix[] {
  const placed = model.layers[layer]!.forward;
  const p = slice(params, placed);
  return trace.layers[layer]!.forward.map((cache) => placed.cell.stateJacobian(p, cache));
}

/**
 * The largest singular value ‖M‖₂, by power iteration on MᵀM from a fixed start (so the
 * result is deterministic). Converges fast for the small matrices of the figures.
 */
export function spectralNorm(m: Matrix, iterations = 200, tolerance = 1e-12): number {
  let v = new Float64Array(m.cols).fill(1 / Math.sqrt(m.cols));
  let sigma = 0;
  for (let it = 0; it < iterations; it++) {
    const u = new Float64Array(m.rows);
    for (let i = 0; i < m.rows; i++)
      for (let j = 0; j < m.cols; j++) u[i]! += m.data[i * m.cols + j]! * v[j]!;
    const w = new Float64Array(m.cols);
    for (let i = 0; i < m.rows; i++)
      for (let j = 0; j < m.cols; j++) w[j]! += m.data[i * m.cols + j]! * u[i]!;
    const norm = Math.sqrt(w.reduce((s, x) => s + x * x, 0));
    if (norm === 0) return 0;
    const next = Math.sqrt(norm);
    v = w.map((x) => x / norm);
    if (Math.abs(next - sigma) <= tolerance * next) return next;
    sigma = next;
  }
  return sigma;
}

/**
 * ‖∂s_T/∂s_k‖₂ for k = T, T−1, …, 0, where ∂s_T/∂s_k = J_T J_{T−1} ⋯ J_{k+1} (the identity
 * for k = T). Entry `lag` of the result is the norm `lag` steps back — the quantity whose decay
 * or growth is the vanishing or exploding gradient (Bengio et al. 1994; Pascanu et al. 2013).
 */
export function jacobianProductNorms(
  jacobians: readonly Matrix[],
  T = jacobians.length - 1,
): number[] {
  const S = jacobians[0]?.rows ?? 0;
  let product = zeros(S, S);
  for (let i = 0; i < S; i++) product.data[i * S + i] = 1;
  const norms = [spectralNorm(product)];
  for (let k = T; k >= 1; k--) {
    product = matMul(product, jacobians[k]!);
    norms.push(spectralNorm(product));
  }
  return norms;
}
