import type { Rng } from '../rng';
import { uniform } from '../rng';
import { markedPairSequence } from './markedPairs';
import { randomInt, scalar } from './random';
import type { Task } from './types';
import { requireChoice, requireInt } from './validate';

/**
 * The adding problem, in two versions:
 * - 'hochreiter1997': Hochreiter & Schmidhuber 1997, experiment 4. Pairs (value in [−1, 1],
 *   marker in {−1, 0, 1}), length T..T + T/10, target 0.5 + (X1 + X2)/4 at the last step.
 * - 'modern': the form used by Le, Jaitly & Hinton 2015 and Arjovsky, Shah & Bengio 2016.
 *   Length exactly T, values uniform in [0, 1], marker 1 at one step in the first half
 *   (0..⌊T/2⌋−1) and one in the second half, 0 elsewhere; target X1 + X2 at the last step.
 */
type AddingVersion = 'hochreiter1997' | 'modern';

/**
 * The adding problem (see `AddingVersion` for the two constructions and their sources). Inputs
 * are [value, marker]; the only target is at the last step ('real', one output).
 */
export function addingTask(version: AddingVersion, T: number): Task {
  if (version === 'hochreiter1997') {
    requireInt('T', T, 10);
    return {
      name: 'adding1997',
      inputSize: 2,
      outputSize: 1,
      kind: 'real',
      symbols: ['value', 'marker'],
      sample(rng: Rng) {
        const { inputs, marked } = markedPairSequence(rng, T, (r) => uniform(r, -1, 1), 0);
        const [x1, x2] = marked.map((i) => inputs[i]![0]!) as [number, number];
        const targets: (Float64Array | null)[] = inputs.map(() => null);
        targets[inputs.length - 1] = scalar(0.5 + (x1 + x2) / 4);
        return { inputs, targets };
      },
    };
  }
  requireChoice(
    'version',
    version,
    ['hochreiter1997', 'modern'],
    `version must be 'hochreiter1997' or 'modern'`,
  );
  requireInt('T', T, 2);
  const half = Math.floor(T / 2);
  return {
    name: 'addingModern',
    inputSize: 2,
    outputSize: 1,
    kind: 'real',
    symbols: ['value', 'marker'],
    sample(rng: Rng) {
      const i1 = randomInt(rng, 0, half - 1);
      const i2 = randomInt(rng, half, T - 1);
      const inputs: Float64Array[] = [];
      for (let t = 0; t < T; t++) inputs.push(Float64Array.of(rng.next(), +(t === i1 || t === i2)));
      const targets: (Float64Array | null)[] = inputs.map(() => null);
      targets[T - 1] = scalar(inputs[i1]![0]! + inputs[i2]![0]!);
      return { inputs, targets };
    },
  };
}

/**
 * The exact mean squared error of the best constant prediction (the target's mean) — the
 * chance level a network must beat. 'modern': Var(U + U') = 2/12 = 1/6 (the 0.167 baseline of
 * Arjovsky et al. 2016). 'hochreiter1997': the mean is 0.5 and Var = (Var X1 + Var X2)/16 with
 * Var U[−1,1] = 1/3, except that a marked first pair has value 0: X1 is there with probability
 * 1/10 and X2 with probability (9/10)/(⌊T/2⌋ − 1), giving (1.9 − 0.9/m)/48 with m = ⌊T/2⌋ − 1
 * (≈ 1/24 · 0.95 for T = 100).
 */
export function addingChanceMse(version: AddingVersion, T: number): number {
  if (version === 'modern') {
    requireInt('T', T, 2);
    return 1 / 6;
  }
  requireInt('T', T, 10);
  const m = Math.floor(T / 2) - 1;
  return (1.9 - 0.9 / m) / 48;
}
