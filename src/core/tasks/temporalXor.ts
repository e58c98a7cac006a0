import type { Rng } from '../rng';
import { bernoulli, scalar } from './random';
import type { Task } from './types';
import { requireInt } from './validate';

/**
 * Elman's (1990) temporal XOR: a bit stream built from triples (a, b, a XOR b) with a and b
 * fair coins; the network reads one bit per step and predicts the next. Only the third bit of
 * each triple is predictable from the past.
 */

/** A stream of `n` bits made of triples (a, b, a XOR b), starting at a triple boundary. */
export function temporalXorStream(rng: Rng, n: number): Uint8Array {
  requireInt('n', n, 0);
  const bits = new Uint8Array(n);
  for (let i = 0; i < n; i++) bits[i] = i % 3 === 2 ? bits[i - 1]! ^ bits[i - 2]! : bernoulli(rng);
  return bits;
}

/**
 * predictable[t] is true iff the target at step t (bit t + 1 of the stream) is the XOR of
 * inputs t − 1 and t, i.e. t % 3 === 1; every other target is a fresh coin flip.
 */
export function temporalXorPredictable(length: number): boolean[] {
  requireInt('length', length, 1);
  return Array.from({ length }, (_, t) => t % 3 === 1);
}

/**
 * Elman 1990 temporal XOR as a task: `length` steps, input [bit t], target [bit t + 1] at every
 * step ('binary', one output). An ideal predictor has error only on the 2 of 3 unpredictable
 * steps, so the error curve dips every third step (Elman 1990, fig. 3).
 */
export function temporalXorTask(length: number): Task {
  requireInt('length', length, 1);
  return {
    name: 'temporalXor',
    inputSize: 1,
    outputSize: 1,
    kind: 'binary',
    symbols: ['bit'],
    sample(rng: Rng) {
      const bits = temporalXorStream(rng, length + 1);
      const inputs: Float64Array[] = [];
      const targets: Float64Array[] = [];
      for (let t = 0; t < length; t++) {
        inputs.push(scalar(bits[t]!));
        targets.push(scalar(bits[t + 1]!));
      }
      return { inputs, targets };
    },
  };
}
