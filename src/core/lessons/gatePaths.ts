import { spectralNorm } from '../diagnostics/jacobians';
import { identity, matMul } from '../linalg/basic';
import { zeros, type Matrix } from '../matrix';

/** Rows and columns [from, to) of a square matrix: a block of the state. */
export interface StateBlock {
  readonly from: number;
  readonly to: number;
}

/** The block of `m` with rows and columns in `b`. */
export function diagonalBlock(m: Matrix, b: StateBlock): Matrix {
  const n = b.to - b.from;
  const out = zeros(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) out.data[i * n + j] = m.data[(b.from + i) * m.cols + b.from + j]!;
  return out;
}

/**
 * ∂state_T/∂state_k = J_T J_{T−1} ⋯ J_{k+1} for k = T, T−1, …, −1, where `jacobians[t]` is
 * ∂state_t/∂state_{t−1} and T = jacobians.length − 1; entry `lag` is T − k steps back (lag 0
 * is the identity; the last entry goes back to the start state).
 */
export function jacobianProducts(jacobians: readonly Matrix[]): Matrix[] {
  const S = jacobians[0]?.rows ?? 0;
  let product = identity(S);
  const out = [product];
  for (let t = jacobians.length - 1; t >= 0; t--) {
    product = matMul(product, jacobians[t]!);
    out.push(product);
  }
  return out;
}

/** ‖block of ∂state_T/∂state_k‖₂ for every lag (see jacobianProducts). */
export function blockPathNorms(jacobians: readonly Matrix[], b: StateBlock): number[] {
  return jacobianProducts(jacobians).map((p) => spectralNorm(diagonalBlock(p, b)));
}

/**
 * The additive path alone: ‖diag(f_T ∘ f_{T−1} ∘ ⋯ ∘ f_{k+1})‖₂ = max_j ∏ f_{t,j} for every
 * lag, from the forget gates `forget[t]` — what ∂c_T/∂c_k would be if nothing reached the cell
 * through the gates.
 */
export function forgetPathNorms(forget: readonly ArrayLike<number>[]): number[] {
  const H = forget[0]?.length ?? 0;
  const product = new Float64Array(H).fill(1);
  const out = [H > 0 ? 1 : 0];
  for (let t = forget.length - 1; t >= 0; t--) {
    for (let j = 0; j < H; j++) product[j]! *= forget[t]![j]!;
    out.push(Math.max(...product.map(Math.abs)));
  }
  return out;
}
