/**
 * Ridge (Tikhonov) regression, the linear readout fit of reservoir computing
 * (Hoerl & Kennard 1970; Lukoševičius 2012, "A practical guide to applying echo state
 * networks", §4.1, eq. 9).
 */
import type { Matrix } from '../matrix';
import { addScaledIdentity, transposeMatMul } from './basic';
import { choleskySolve } from './cholesky';

/**
 * The W (d x m) minimising ‖X W − Y‖² + λ‖W‖² (Frobenius norms), where X is n x d with one
 * sample per row and Y is n x m. Solves the normal equations (XᵀX + λI) W = XᵀY by Cholesky.
 * Every column of X is penalised, including a constant bias column if there is one.
 * λ = 0 gives ordinary least squares and requires X to have full column rank; otherwise
 * λ must be positive. Throws if the system is not symmetric positive definite.
 */
export function ridgeRegression(x: Matrix, y: Matrix, lambda: number): Matrix {
  if (x.rows !== y.rows)
    throw new Error(`ridgeRegression: X has ${x.rows} samples but Y has ${y.rows}`);
  if (!(lambda >= 0)) throw new Error(`ridgeRegression: λ must be ≥ 0, got ${lambda}`);
  const gram = addScaledIdentity(transposeMatMul(x, x), lambda);
  // The Gram matrix is symmetric in exact arithmetic; mirror the upper triangle so rounding
  // differences between XᵀX[i][j] and XᵀX[j][i] cannot trip the symmetry check.
  const d = gram.rows;
  for (let i = 0; i < d; i++)
    for (let j = i + 1; j < d; j++) gram.data[j * d + i] = gram.data[i * d + j]!;
  return choleskySolve(gram, transposeMatMul(x, y));
}
