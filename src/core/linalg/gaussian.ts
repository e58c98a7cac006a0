/**
 * Standard normal samples from the engine's seeded uniform generator, by the Box–Muller
 * transform (Box & Muller 1958).
 */
import { zeros, type Matrix } from '../matrix';
import type { Rng } from '../rng';

/**
 * One N(0, 1) sample: √(−2 ln u₁) · cos(2π u₂) with u₁ ∈ (0, 1], u₂ ∈ [0, 1) (Box & Muller
 * 1958). The sine partner is discarded so the function stays stateless: each call consumes
 * exactly two draws from `rng`, which keeps runs reproducible from the seed.
 */
export function gaussian(rng: Rng): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A rows x cols matrix of independent N(0, 1) entries, filled in row-major order. */
export function gaussianMatrix(rows: number, cols: number, rng: Rng): Matrix {
  const m = zeros(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = gaussian(rng);
  return m;
}
