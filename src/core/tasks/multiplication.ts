import type { Rng } from '../rng';
import { markedPairSequence } from './markedPairs';
import { scalar } from './random';
import type { Task } from './types';
import { requireInt } from './validate';

/**
 * The multiplication problem (Hochreiter & Schmidhuber 1997, experiment 5): the 1997 adding
 * problem's marked pairs (length T..T + T/10, X1 among the first ten pairs, X2 among the first
 * T/2 − 1 unmarked ones, markers −1 at both ends) but with values uniform in [0, 1], a marked
 * first pair set to 1.0, and the target X1 × X2 at the last step ('real', one output). It
 * tests whether a network can do non-integrative processing over long lags.
 */
export function multiplicationTask(T: number): Task {
  requireInt('T', T, 10);
  return {
    name: 'multiplication',
    inputSize: 2,
    outputSize: 1,
    kind: 'real',
    symbols: ['value', 'marker'],
    sample(rng: Rng) {
      const { inputs, marked } = markedPairSequence(rng, T, (r) => r.next(), 1);
      const targets: (Float64Array | null)[] = inputs.map(() => null);
      targets[inputs.length - 1] = scalar(inputs[marked[0]]![0]! * inputs[marked[1]]![0]!);
      return { inputs, targets };
    },
  };
}

/**
 * Exact MSE of the best constant prediction for `multiplicationTask(T)`. With probability
 * pU = 1/10 + (9/10)/m (m = ⌊T/2⌋ − 1) one factor sits on the first pair and is 1, so the
 * product is a single U[0,1] (mean 1/2, E[P²] = 1/3); otherwise it is U·U' (mean 1/4,
 * E[P²] = 1/9). Var = E[P²] − E[P]²; without the first-pair rule it would be 7/144.
 */
export function multiplicationChanceMse(T: number): number {
  requireInt('T', T, 10);
  const m = Math.floor(T / 2) - 1;
  const pU = 0.1 + 0.9 / m;
  const pUU = 1 - pU;
  const mean = pU / 2 + pUU / 4;
  return pU / 3 + pUU / 9 - mean * mean;
}
