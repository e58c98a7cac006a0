import type { Rng } from '../rng';
import { bernoulli, gaussian, randomInt, scalar } from './random';
import type { Task } from './types';
import { requireInt, requireNumber } from './validate';

/**
 * Information latching (Bengio, Simard & Frasconi 1994): a class fixed by the first inputs must
 * be held in the state over a long stretch of irrelevant input and reported at the end.
 */

interface TwoSequenceOptions {
  /** Sequence length (the minimal length when randomLength is set). */
  readonly T: number;
  /** Number of leading steps that carry the class (H&S 1997 call it N; 1 or 3 in the paper). */
  readonly L: number;
  /** Standard deviation of the Gaussian noise at steps t ≥ L (H&S: variance 0.2, std ≈ 0.447). */
  readonly noiseStd: number;
  /** Std of Gaussian noise added to the class-carrying steps (0 in H&S 3a, √0.2 in 3b). */
  readonly signalNoiseStd: number;
  /** Draw the length uniformly in T..T + ⌊T/10⌋ as H&S 1997 did, instead of exactly T. */
  readonly randomLength: boolean;
}

/** Hochreiter & Schmidhuber 1997 task 3a settings (T = 100, N = 1, noise variance 0.2), fixed length. */
export const TWO_SEQUENCE_DEFAULTS: TwoSequenceOptions = {
  T: 100,
  L: 1,
  noiseStd: Math.sqrt(0.2),
  signalNoiseStd: 0,
  randomLength: false,
};

/**
 * Bengio, Simard & Frasconi's (1994) two-sequence problem, in the fixed-pattern form of
 * Hochreiter & Schmidhuber 1997 (experiment 3a/3b), since Bengio et al. let the first L values
 * be trained. Construction: the class c ∈ {0, 1} is a fair coin; one input line; steps
 * 0..L−1 are +1 for c = 1 and −1 for c = 0 (plus N(0, signalNoiseStd²)); steps L..end are
 * N(0, noiseStd²). The only target is c at the last step ('binary', one output).
 */
export function twoSequenceTask(options: Partial<TwoSequenceOptions> = {}): Task {
  const o = { ...TWO_SEQUENCE_DEFAULTS, ...options };
  requireInt('T', o.T, 1);
  requireInt('L', o.L, 1, o.T);
  requireNumber('noiseStd', o.noiseStd, 0);
  requireNumber('signalNoiseStd', o.signalNoiseStd, 0);
  return {
    name: 'twoSequence',
    inputSize: 1,
    outputSize: 1,
    kind: 'binary',
    symbols: ['x'],
    sample(rng: Rng) {
      const c = bernoulli(rng);
      const length = o.randomLength ? randomInt(rng, o.T, o.T + Math.floor(o.T / 10)) : o.T;
      const inputs: Float64Array[] = [];
      for (let t = 0; t < length; t++) {
        const signal = t < o.L ? (c ? 1 : -1) : 0;
        const std = t < o.L ? o.signalNoiseStd : o.noiseStd;
        inputs.push(Float64Array.of(signal + (std > 0 ? std * gaussian(rng) : 0)));
      }
      const targets: (Float64Array | null)[] = inputs.map(() => null);
      targets[length - 1] = scalar(c);
      return { inputs, targets };
    },
  };
}

/**
 * The minimal latch (after Bengio, Simard & Frasconi 1994): a random bit b is shown once, as
 * input +1 (b = 1) or −1 (b = 0) at t = 0; inputs at t = 1..T are 0 (plus optional
 * N(0, noiseStd²) noise); the network must output b at t = T, T steps later — the only target
 * ('binary', one output). A sample has T + 1 steps.
 */
export function latchTask(T: number, noiseStd = 0): Task {
  requireInt('T', T, 1);
  requireNumber('noiseStd', noiseStd, 0);
  return {
    name: 'latch',
    inputSize: 1,
    outputSize: 1,
    kind: 'binary',
    symbols: ['x'],
    sample(rng: Rng) {
      const b = bernoulli(rng);
      const inputs: Float64Array[] = [Float64Array.of(b ? 1 : -1)];
      for (let t = 1; t <= T; t++) {
        inputs.push(Float64Array.of(noiseStd > 0 ? noiseStd * gaussian(rng) : 0));
      }
      const targets: (Float64Array | null)[] = inputs.map(() => null);
      targets[T] = scalar(b);
      return { inputs, targets };
    },
  };
}
