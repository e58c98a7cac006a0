import type { Rng } from '../rng';
import { oneHot } from '../vocabulary';
import { randomInt } from './random';
import type { Task } from './types';
import { requireChoice, requireInt } from './validate';

/**
 * The temporal order problem (Hochreiter & Schmidhuber 1997, experiment 6). A sequence of
 * 100–110 locally coded symbols starts with E, ends with the trigger symbol B, and is otherwise
 * random distractors from {a, b, c, d}, except for two (6a) or three (6b) relevant positions
 * that hold X or Y. The class — the temporal order of the Xs and Ys — is the target at the last
 * step only.
 */

/** Input symbols in the order of the 8 input units. */
export const TEMPORAL_ORDER_SYMBOLS = ['a', 'b', 'c', 'd', 'B', 'E', 'X', 'Y'] as const;
/** H&S 1997 task 6a (two relevant symbols, 4 classes) or 6b (three, 8 classes). */
type TemporalOrderVariant = '6a' | '6b';
/** The symbols at the relevant positions. */
export type RelevantSymbol = 'X' | 'Y';

/**
 * Relevant positions as 1-based time steps (the first symbol, E, is at time 1), each uniform in
 * its range: 6a t1 ∈ 10..20, t2 ∈ 50..60; 6b t1 ∈ 10..20, t2 ∈ 33..43, t3 ∈ 66..76.
 */
export const TEMPORAL_ORDER_POSITIONS: Record<TemporalOrderVariant, readonly [number, number][]> = {
  '6a': [
    [10, 20],
    [50, 60],
  ],
  '6b': [
    [10, 20],
    [33, 43],
    [66, 76],
  ],
};

/**
 * Class names from the paper: 6a XX→Q, XY→R, YX→S, YY→U; 6b XXX→Q, XXY→R, XYX→S, XYY→U,
 * YXX→V, YXY→A, YYX→B, YYY→C. The class index reads the Xs and Ys as binary digits (X = 0,
 * Y = 1, earliest first), which is exactly the paper's order.
 */
export const TEMPORAL_ORDER_CLASSES: Record<TemporalOrderVariant, readonly string[]> = {
  '6a': ['Q', 'R', 'S', 'U'],
  '6b': ['Q', 'R', 'S', 'U', 'V', 'A', 'B', 'C'],
};

/** The class index of a sequence of relevant symbols (X = 0, Y = 1, earliest is the most significant bit). */
export function temporalOrderClass(relevant: readonly RelevantSymbol[]): number {
  return relevant.reduce((acc, s) => acc * 2 + (s === 'Y' ? 1 : 0), 0);
}

/** Inverse of `temporalOrderClass`: the `count` relevant symbols encoded by a class index. */
export function temporalOrderDecode(classIndex: number, count: number): RelevantSymbol[] {
  requireInt('count', count, 1);
  requireInt('classIndex', classIndex, 0, 2 ** count - 1);
  const out: RelevantSymbol[] = [];
  for (let i = count - 1; i >= 0; i--) out.push((classIndex >> i) & 1 ? 'Y' : 'X');
  return out;
}

const idx = (s: (typeof TEMPORAL_ORDER_SYMBOLS)[number]) => TEMPORAL_ORDER_SYMBOLS.indexOf(s);

/** Temporal order task 6a (4 classes) or 6b (8 classes) of Hochreiter & Schmidhuber 1997. */
export function temporalOrderTask(variant: TemporalOrderVariant): Task {
  requireChoice(
    'variant',
    variant,
    ['6a', '6b'],
    `variant must be '6a' or '6b', got ${String(variant)}`,
  );
  const ranges = TEMPORAL_ORDER_POSITIONS[variant];
  const classes = TEMPORAL_ORDER_CLASSES[variant];
  const n = TEMPORAL_ORDER_SYMBOLS.length;
  return {
    name: `temporalOrder${variant}`,
    inputSize: n,
    outputSize: classes.length,
    kind: 'class',
    symbols: TEMPORAL_ORDER_SYMBOLS,
    sample(rng: Rng) {
      const length = randomInt(rng, 100, 110);
      const ids: number[] = [idx('E')];
      for (let t = 1; t < length - 1; t++) ids.push(randomInt(rng, 0, 3));
      ids.push(idx('B'));
      const relevant: RelevantSymbol[] = [];
      for (const [lo, hi] of ranges) {
        const symbol: RelevantSymbol = rng.next() < 0.5 ? 'X' : 'Y';
        ids[randomInt(rng, lo, hi) - 1] = idx(symbol);
        relevant.push(symbol);
      }
      const targets: (number | null)[] = ids.map(() => null);
      targets[length - 1] = temporalOrderClass(relevant);
      return { inputs: ids.map((i) => oneHot(i, n)), targets };
    },
  };
}
