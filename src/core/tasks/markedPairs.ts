import type { Rng } from '../rng';
import { randomInt } from './random';
import { requireInt } from './validate';

/**
 * The marked-pair input sequences shared by the adding and multiplication problems of
 * Hochreiter & Schmidhuber 1997 (experiments 4 and 5). Each step is a pair (value, marker).
 */

interface MarkedPairSequence {
  /** inputs[t] = [value, marker]. */
  readonly inputs: Float64Array[];
  /** Positions (0-based) of the pairs marked 1: first the one called X1, then X2. */
  readonly marked: readonly [number, number];
}

/**
 * H&S 1997 construction for minimal length T: the length is uniform in T..T + ⌊T/10⌋; X1 is one
 * of the first ten pairs, X2 one of the first ⌊T/2⌋ − 1 still unmarked pairs (so X2 may come
 * before X1, and the minimal lag to the end is T/2); markers are 1 at the two marked pairs, −1
 * at the first and last pair when they are not marked, 0 elsewhere. Values are drawn by
 * `value`; a marked first pair gets `firstPairValue` instead (the paper's rule: X1 := 0 for
 * adding, 1.0 for multiplication; we apply it whichever of X1/X2 lands on the first pair).
 */
export function markedPairSequence(
  rng: Rng,
  T: number,
  value: (rng: Rng) => number,
  firstPairValue: number,
): MarkedPairSequence {
  requireInt('T', T, 10);
  const length = randomInt(rng, T, T + Math.floor(T / 10));
  const i1 = randomInt(rng, 0, 9);
  const k = randomInt(rng, 0, Math.floor(T / 2) - 2); // k-th still-unmarked pair
  const i2 = k < i1 ? k : k + 1;
  const inputs: Float64Array[] = [];
  for (let t = 0; t < length; t++) {
    const marked = t === i1 || t === i2;
    const edge = t === 0 || t === length - 1;
    const v = value(rng);
    inputs.push(
      Float64Array.of(marked && t === 0 ? firstPairValue : v, marked ? 1 : edge ? -1 : 0),
    );
  }
  return { inputs, marked: [i1, i2] };
}
