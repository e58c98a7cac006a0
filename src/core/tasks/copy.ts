import type { Rng } from '../rng';
import { oneHot } from '../vocabulary';
import { randomInt } from './random';
import type { Task } from './types';
import { requireInt } from './validate';

/**
 * The copy (memory) problem in the formulation of Arjovsky, Shah & Bengio 2016 (after
 * Hochreiter & Schmidhuber 1997's long-lag memory tasks). Categories: a0 = blank,
 * a1..aA = data symbols, a(A+1) = delimiter. Input (length T + 2K): K symbols drawn uniformly
 * with replacement from a1..aA, T − 1 blanks, the delimiter, K blanks. Target: blank for the
 * first T + K steps, then the K symbols in order. Targets are the blank class — not null —
 * during the input and delay phases, as in Arjovsky et al., so every step carries a loss and
 * the memoryless baseline is K·ln(A)/(T + 2K).
 */
interface CopyOptions {
  /** Number of symbols to remember (10 in Arjovsky et al.). */
  readonly K: number;
  /** Alphabet size, not counting blank and delimiter (8 in Arjovsky et al.). */
  readonly A: number;
  /** Delay: the delimiter comes T steps after the last data symbol. */
  readonly T: number;
}

/** Arjovsky, Shah & Bengio 2016's setting: K = 10 symbols from A = 8, delay T = 100. */
export const COPY_DEFAULTS: CopyOptions = { K: 10, A: 8, T: 100 };

/** Category names a0 (blank), a1..aA, a(A+1) (delimiter), in unit order. */
function copySymbols(A: number): string[] {
  requireInt('A', A, 1);
  return Array.from({ length: A + 2 }, (_, i) => `a${i}`);
}

/**
 * The copy task (Arjovsky et al. 2016): inputs one-hot over the A + 2 categories, class
 * targets over the A + 1 output categories a0..aA (the delimiter is never a target).
 */
export function copyTask(options: Partial<CopyOptions> = {}): Task {
  const { K, A, T } = { ...COPY_DEFAULTS, ...options };
  requireInt('K', K, 1);
  requireInt('T', T, 1);
  const symbols = copySymbols(A);
  return {
    name: 'copy',
    inputSize: A + 2,
    outputSize: A + 1,
    kind: 'class',
    symbols,
    sample(rng: Rng) {
      const data = Array.from({ length: K }, () => randomInt(rng, 1, A));
      const ids = [...data, ...Array<number>(T - 1).fill(0), A + 1, ...Array<number>(K).fill(0)];
      const targets = [...Array<number>(T + K).fill(0), ...data];
      return { inputs: ids.map((i) => oneHot(i, A + 2)), targets };
    },
  };
}

/**
 * Cross-entropy (nats per step) of the best memoryless strategy: predict blank with certainty
 * for the first T + K steps (no loss) and a uniform guess over the A symbols for the last K:
 * K·ln(A)/(T + 2K) (Arjovsky et al. 2016's baseline, 10·ln 8/(T + 20)).
 */
export function copyChanceCrossEntropy(options: Partial<CopyOptions> = {}): number {
  const { K, A, T } = { ...COPY_DEFAULTS, ...options };
  requireInt('K', K, 1);
  requireInt('A', A, 1);
  requireInt('T', T, 1);
  return (K * Math.log(A)) / (T + 2 * K);
}
