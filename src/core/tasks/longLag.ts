import type { Rng } from '../rng';
import { oneHot } from '../vocabulary';
import { randomInt } from './random';
import type { Sample, Task } from './types';
import { requireInt } from './validate';

/**
 * Noise-free and noisy sequences with long time lags (Hochreiter & Schmidhuber 1997,
 * experiment 2). Symbols are locally (one-hot) coded.
 */

/** Symbols of tasks 2a/2b in unit order: a1..a_{p−1}, then a_p = x, a_{p+1} = y. */
function task2aSymbols(p: number): string[] {
  requireInt('p', p, 2);
  return [...Array.from({ length: p - 1 }, (_, i) => `a${i + 1}`), 'x', 'y'];
}

/** Symbols of task 2c in unit order: distractors a1..a_p, then e, b, x, y. */
function task2cSymbols(p: number): string[] {
  requireInt('p', p, 1);
  return [...Array.from({ length: p }, (_, i) => `a${i + 1}`), 'e', 'b', 'x', 'y'];
}

function nextSymbolSample(ids: readonly number[], size: number): Sample {
  return {
    inputs: ids.slice(0, -1).map((i) => oneHot(i, size)),
    targets: ids.slice(1),
  };
}

function task2ab(p: number, randomMiddle: boolean): Task {
  const symbols = task2aSymbols(p);
  const size = p + 1;
  return {
    name: randomMiddle ? 'task2b' : 'task2a',
    inputSize: size,
    outputSize: size,
    kind: 'class',
    symbols,
    sample(rng: Rng) {
      const first = rng.next() < 0.5 ? p - 1 : p; // x or y
      const ids = [first];
      for (let i = 0; i < p - 1; i++) ids.push(randomMiddle ? randomInt(rng, 0, p - 2) : i);
      ids.push(first);
      return nextSymbolSample(ids, size);
    },
  };
}

/**
 * Task 2a, "noise-free sequences with long time lags" (H&S 1997): p + 1 symbols and only two
 * sequences, (y, a1, …, a_{p−1}, y) and (x, a1, …, a_{p−1}, x), each with probability 0.5.
 * Next-symbol prediction at every step ('class' over p + 1 symbols; p inputs per sample). All
 * targets but the last are deterministic and easy; the last needs the first symbol, p steps
 * back.
 */
export function task2a(p: number): Task {
  return task2ab(p, false);
}

/**
 * Task 2b, "no local regularities" (H&S 1997): as 2a, but the middle p − 1 symbols are drawn
 * uniformly from a1..a_{p−1}, so only the final x/y is predictable.
 */
export function task2b(p: number): Task {
  return task2ab(p, true);
}

/**
 * Task 2c, "very long time lags — no local regularities" (H&S 1997). Sequences are
 * (b, x, a_{i1}, …, a_{i(q+k)}, e, x) or the same with y, with each distractor uniform over
 * a1..a_p: after the prefix b, x/y and q distractors, each further step is a distractor with
 * probability 9/10 or the trigger e with probability 1/10, after which the sequence ends with
 * its second symbol. As in the paper the net has p + 4 inputs and 2 outputs (class 0 = x,
 * 1 = y) and the only target is at the step whose input is e ('class'). The minimal lag is
 * q + 1; the expected length is q + 13 symbols (the paper prints q + 14, but its own sum
 * 4 + Σ (1/10)(9/10)^k (q + k) equals q + 13).
 */
export function task2c(p: number, q: number): Task {
  const symbols = task2cSymbols(p);
  requireInt('q', q, 0);
  const size = p + 4;
  const [e, b, x] = [p, p + 1, p + 2];
  return {
    name: 'task2c',
    inputSize: size,
    outputSize: 2,
    kind: 'class',
    symbols,
    sample(rng: Rng) {
      const cls = rng.next() < 0.5 ? 0 : 1;
      const ids = [b, x + cls];
      for (let i = 0; i < q; i++) ids.push(randomInt(rng, 0, p - 1));
      while (rng.next() < 0.9) ids.push(randomInt(rng, 0, p - 1));
      ids.push(e);
      const targets: (number | null)[] = ids.map(() => null);
      targets[ids.length - 1] = cls; // the final symbol x/y follows e
      return { inputs: ids.map((i) => oneHot(i, size)), targets };
    },
  };
}

/** Expected number of symbols in a task 2c sequence, including the final x/y: q + 13. */
export function task2cExpectedLength(q: number): number {
  requireInt('q', q, 0);
  return q + 13;
}
