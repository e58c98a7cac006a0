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
  return topSingular(m, null, iterations, tolerance).sigma;
}

/**
 * The largest singular value σ and its right singular vector v, by power iteration on MᵀM
 * from `start` (a unit vector) or, without one, from the normalised all-ones vector.
 */
export function topSingular(
  m: Matrix,
  start: Float64Array | null,
  iterations = 200,
  tolerance = 1e-12,
): { sigma: number; v: Float64Array } {
  let v = start ?? new Float64Array(m.cols).fill(1 / Math.sqrt(m.cols));
  let sigma = 0;
  for (let it = 0; it < iterations; it++) {
    const u = new Float64Array(m.rows);
    for (let i = 0; i < m.rows; i++)
      for (let j = 0; j < m.cols; j++) u[i]! += m.data[i * m.cols + j]! * v[j]!;
    const w = new Float64Array(m.cols);
    for (let i = 0; i < m.rows; i++)
      for (let j = 0; j < m.cols; j++) w[j]! += m.data[i * m.cols + j]! * u[i]!;
    const norm = Math.sqrt(w.reduce((s, x) => s + x * x, 0));
    if (norm === 0) return { sigma: 0, v };
    const next = Math.sqrt(norm);
    v = w.map((x) => x / norm);
    if (Math.abs(next - sigma) <= tolerance * next) return { sigma: next, v };
    sigma = next;
  }
  return { sigma, v };
}

/** Jᵀv normalised, or null when it vanishes. */
export function transposedTimes(j: Matrix, v: Float64Array): Float64Array | null {
  const out = new Float64Array(j.cols);
  for (let i = 0; i < j.rows; i++)
    for (let c = 0; c < j.cols; c++) out[c]! += j.data[i * j.cols + c]! * v[i]!;
  const norm = Math.sqrt(out.reduce((s, x) => s + x * x, 0));
  return norm > 0 && Number.isFinite(norm) ? out.map((x) => x / norm) : null;
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
  const steps = jacobianProductNormSteps(jacobians, T);
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/**
 * jacobianProductNorms one lag at a time: yields the number of lags done after each, and
 * returns the norms (a background job pauses between lags).
 */
export function* jacobianProductNormSteps(
  jacobians: readonly Matrix[],
  T = jacobians.length - 1,
): Generator<number, number[], void> {
  const S = jacobians[0]?.rows ?? 0;
  let product = zeros(S, S);
  for (let i = 0; i < S; i++) product.data[i * S + i] = 1;
  let top = topSingular(product, null);
  const norms = [top.sigma];
  for (let k = T; k >= 1; k--) {
    const J = jacobians[k]!;
    product = matMul(product, J);
    // Warm start: if P v = σu and Pᵀu = σv, then (PJ)ᵀu = σJᵀv, so Jᵀv is close to the new
    // product's top right singular vector — a few iterations instead of up to 200 per lag.
    top = topSingular(product, transposedTimes(J, top.v));
    norms.push(top.sigma);
    yield norms.length;
  }
  return norms;
}
