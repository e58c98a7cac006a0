/**
 * Standard normal samples from the engine's seeded uniform generator, by the Box–Muller
 * transform (Box & Muller 1958).
 */
import { zeros, type Matrix } from '../matrix';
import { gaussian, type Rng } from '../rng';

export { gaussian };

/** A rows x cols matrix of independent N(0, 1) entries, filled in row-major order. */
export function gaussianMatrix(rows: number, cols: number, rng: Rng): Matrix {
  const m = zeros(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = gaussian(rng);
  return m;
}
