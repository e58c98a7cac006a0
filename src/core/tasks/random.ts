import type { Rng } from '../rng';

/**
 * Small sampling helpers on top of the seeded `Rng` (never an unseeded generator), shared by the task
 * generators.
 */

/** A uniformly random integer in [lo, hi] (both inclusive). */
export function randomInt(rng: Rng, lo: number, hi: number): number {
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) {
    throw new Error(`randomInt: need integers lo <= hi, got ${lo}..${hi}`);
  }
  return lo + Math.floor(rng.next() * (hi - lo + 1));
}

/** 1 with probability p, else 0. */
export function bernoulli(rng: Rng, p = 0.5): 0 | 1 {
  return rng.next() < p ? 1 : 0;
}

/** A standard normal deviate (Box–Muller), shared with the rest of the engine. */
export { gaussian } from '../rng';

/** Picks an index in 0..weights.length-1 with probability proportional to its weight. */
export function weightedIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  if (!(total > 0)) throw new Error('weightedIndex: weights must have a positive sum');
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** A one-element vector, the usual target of a one-output 'real' or 'binary' task. */
export function scalar(value: number): Float64Array {
  return Float64Array.of(value);
}
