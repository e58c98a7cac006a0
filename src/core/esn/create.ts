/**
 * Random ESN weights (Jaeger 2001; Lukoševičius 2012 §3.2): a sparse reservoir matrix W
 * rescaled to a chosen spectral radius, dense input weights W_in with a bias column, and
 * optional output-feedback weights W_fb. The weights are fixed; only the readout is trained.
 */
import { spectralRadius } from '../linalg/eigen';
import { fromFunction, scale, type Matrix } from '../matrix';
import { createRng, uniform, type Rng } from '../rng';
import { validateEsnConfig, type EsnConfig } from './config';

/** An untrained echo state network: its configuration and fixed random weights. */
export interface Esn {
  readonly config: EsnConfig;
  /** N x (1 + K): column 0 multiplies the constant bias input 1, columns 1..K the input u. */
  readonly wIn: Matrix;
  /** N x N reservoir weights with spectral radius config.spectralRadius. */
  readonly w: Matrix;
  /** N x L output-feedback weights, or null when config.outputFeedback is off. */
  readonly wFb: Matrix | null;
}

/** How many times createEsn redraws W if a draw happens to have spectral radius 0. */
const MAX_DRAWS = 100;

/**
 * An n x n matrix whose entries are 0 with probability `sparsity` and otherwise uniform in
 * [−1, 1] (one Bernoulli draw, then possibly one uniform draw, per entry in row-major order).
 */
function sparseUniform(n: number, sparsity: number, rng: Rng): Matrix {
  return fromFunction(n, n, () => (rng.next() < sparsity ? 0 : uniform(rng, -1, 1)));
}

/**
 * W scaled by ρ / ρ(W) so that its spectral radius is exactly `rho` (up to rounding).
 * Throws if W has spectral radius 0 (e.g. all zero or nilpotent) and rho > 0.
 */
export function rescaleToSpectralRadius(w: Matrix, rho: number): Matrix {
  const current = spectralRadius(w);
  if (current === 0) {
    if (rho === 0) return w;
    throw new Error('rescaleToSpectralRadius: W has spectral radius 0 and cannot be rescaled');
  }
  return scale(w, rho / current);
}

/**
 * Draws the weights of an ESN. Uses `rng` if given, otherwise createRng(config.seed), in the
 * order W_in (row-major, bias column first), W, then W_fb. W is redrawn (rarely, and only for
 * tiny or extremely sparse reservoirs) if a draw has spectral radius 0, since it could not be
 * scaled to the requested radius.
 */
export function createEsn(config: EsnConfig, rng: Rng = createRng(config.seed)): Esn {
  validateEsnConfig(config);
  const n = config.reservoirSize;
  const wIn = fromFunction(
    n,
    1 + config.inputSize,
    (_, j) => uniform(rng, -1, 1) * (j === 0 ? config.biasScaling : config.inputScaling),
  );
  let w: Matrix | null = null;
  for (let draw = 0; draw < MAX_DRAWS && w === null; draw++) {
    const candidate = sparseUniform(n, config.sparsity, rng);
    const rho = spectralRadius(candidate);
    if (rho > 0) w = scale(candidate, config.spectralRadius / rho);
    else if (config.spectralRadius === 0) w = candidate;
  }
  if (w === null)
    throw new Error(
      `createEsn: ${MAX_DRAWS} draws of a ${n}x${n} reservoir with sparsity ${config.sparsity} ` +
        'all had spectral radius 0; lower the sparsity',
    );
  const fbScale = config.feedbackScaling ?? 1;
  const wFb = config.outputFeedback
    ? fromFunction(n, config.outputSize, () => uniform(rng, -1, 1) * fbScale)
    : null;
  return { config, wIn, w, wFb };
}
