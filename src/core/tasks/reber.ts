import type { Rng } from '../rng';
import { oneHot } from '../vocabulary';
import {
  acceptsAutomaton,
  checkAutomaton,
  legalNextAutomaton,
  nextSymbolEntropy,
  runAutomaton,
  sampleAutomaton,
  type Automaton,
  type Edge,
} from './automaton';
import type { Sample, Task } from './types';
import { requireInt } from './validate';

/**
 * The Reber grammar (Reber 1967, as used by Cleeremans, Servan-Schreiber & McClelland 1989),
 * its embedded version (Fahlman 1991; Hochreiter & Schmidhuber 1997, experiment 1) and the
 * continual embedded version (Gers, Schmidhuber & Cummins 2000).
 */

/** The seven symbols, in the order of the one-hot input and output units. */
export const REBER_SYMBOLS = ['B', 'T', 'P', 'S', 'X', 'V', 'E'] as const;

const half = (symbol: string, to: number): Edge => ({ symbol, to, p: 0.5 });
const one = (symbol: string, to: number): Edge => ({ symbol, to, p: 1 });

/**
 * The standard Reber automaton (Reber 1967; the transition diagram of Hochreiter & Schmidhuber
 * 1997, fig. 3): 0 -B-> 1; 1 -T-> 2, -P-> 3; 2 -S-> 2, -X-> 4; 3 -T-> 3, -V-> 5;
 * 4 -X-> 3, -S-> 6; 5 -P-> 4, -V-> 6; 6 -E-> 7 (final). Every choice has probability 0.5.
 */
const reberAutomaton: Automaton = {
  start: 0,
  states: [
    [one('B', 1)],
    [half('T', 2), half('P', 3)],
    [half('S', 2), half('X', 4)],
    [half('T', 3), half('V', 5)],
    [half('X', 3), half('S', 6)],
    [half('P', 4), half('V', 6)],
    [one('E', 7)],
    [],
  ],
};

/**
 * The embedded Reber automaton (Fahlman 1991; Hochreiter & Schmidhuber 1997, fig. 4): B, then T
 * or P (p = 0.5), then a complete Reber string, then the same T or P again, then E. The copy of
 * the inner grammar after T is separate from the copy after P, so the state remembers the
 * outer choice — the long-range dependency a network has to learn.
 */
export const embeddedReberAutomaton: Automaton = (() => {
  const inner = reberAutomaton.states.length - 1; // inner states 0..6; state 7 is final
  const innerT = 2;
  const innerP = innerT + inner;
  const postT = innerP + inner;
  const postP = postT + 1;
  const last = postP + 1;
  const final = last + 1;
  const copy = (offset: number, post: number): Edge[][] =>
    reberAutomaton.states
      .slice(0, inner)
      .map((edges) => edges.map((e) => ({ ...e, to: e.to === inner ? post : e.to + offset })));
  return {
    start: 0,
    states: [
      [one('B', 1)],
      [half('T', innerT), half('P', innerP)],
      ...copy(innerT, postT),
      ...copy(innerP, postP),
      [one('T', last)],
      [one('P', last)],
      [one('E', final)],
      [],
    ],
  };
})();

checkAutomaton(reberAutomaton);
checkAutomaton(embeddedReberAutomaton);

const toSymbols = (s: string | readonly string[]): string[] =>
  typeof s === 'string' ? Array.from(s) : [...s];

/** Samples a Reber string such as "BTSSXXTVVE". */
export function sampleReberString(rng: Rng): string {
  return sampleAutomaton(reberAutomaton, rng).join('');
}

/** Samples an embedded Reber string such as "BPBTXSEPE". */
export function sampleEmbeddedReberString(rng: Rng): string {
  return sampleAutomaton(embeddedReberAutomaton, rng).join('');
}

/** Recogniser: true iff the whole string is a Reber string. */
export function isReberString(s: string | readonly string[]): boolean {
  return acceptsAutomaton(reberAutomaton, toSymbols(s));
}

/** Recogniser: true iff the whole string is an embedded Reber string. */
export function isEmbeddedReberString(s: string | readonly string[]): boolean {
  return acceptsAutomaton(embeddedReberAutomaton, toSymbols(s));
}

/** The set of symbols that can legally follow a Reber prefix (empty after E). Throws if the prefix is illegal. */
export function reberLegalNext(prefix: string | readonly string[]): Set<string> {
  return legalNextAutomaton(reberAutomaton, toSymbols(prefix));
}

/** The set of symbols that can legally follow an embedded Reber prefix. Throws if the prefix is illegal. */
export function embeddedReberLegalNext(prefix: string | readonly string[]): Set<string> {
  return legalNextAutomaton(embeddedReberAutomaton, toSymbols(prefix));
}

/**
 * Legal next symbols in the continual stream of Gers, Schmidhuber & Cummins 2000: embedded
 * Reber strings back to back, so after a complete string the next symbol is B.
 */
export function continualEmbeddedReberLegalNext(prefix: string | readonly string[]): Set<string> {
  const a = embeddedReberAutomaton;
  let current: string[] = [];
  for (const sym of toSymbols(prefix)) {
    current.push(sym);
    const s = runAutomaton(a, current);
    if (s < 0) throw new Error(`prefix ${JSON.stringify(toSymbols(prefix).join(''))} is illegal`);
    if (a.states[s]!.length === 0) current = [];
  }
  return legalNextAutomaton(a, current);
}

/**
 * The exact expected per-symbol entropy, in bits, of next-symbol prediction for an optimal
 * predictor that knows the automaton state, over complete strings (total expected bits over
 * expected number of predictions; see `nextSymbolEntropy`). From the expected visit counts:
 * a Reber string makes 6 binary choices in 7 predictions on average (6/7 bits), an embedded
 * one 7 in 11 (7/11 ≈ 0.636 bits) — the floor for a network's cross-entropy in bits.
 */
export function reberNextSymbolEntropy(grammar: 'embedded' | 'reber' = 'embedded'): number {
  return nextSymbolEntropy(grammar === 'embedded' ? embeddedReberAutomaton : reberAutomaton);
}

const index = new Map<string, number>(REBER_SYMBOLS.map((s, i) => [s, i]));

/** Next-symbol prediction sample for a string of Reber symbols: one-hot inputs 0..n-2, targets 1..n-1. */
export function reberSample(symbols: readonly string[]): Sample {
  const ids = symbols.map((s) => {
    const i = index.get(s);
    if (i === undefined) throw new Error(`${JSON.stringify(s)} is not a Reber symbol`);
    return i;
  });
  return {
    inputs: ids.slice(0, -1).map((i) => oneHot(i, REBER_SYMBOLS.length)),
    targets: ids.slice(1),
  };
}

const reberInfo = {
  inputSize: REBER_SYMBOLS.length,
  outputSize: REBER_SYMBOLS.length,
  kind: 'class',
  symbols: REBER_SYMBOLS,
} as const;

/**
 * Embedded Reber next-symbol prediction (Fahlman 1991; Hochreiter & Schmidhuber 1997,
 * experiment 1): one string per sample, the target at each step is the symbol actually sampled
 * next. Since most steps have two legal successors, judge a network with
 * `embeddedReberLegalNext` (H&S count a string as correct when the legal successors are the
 * most active outputs) or against `reberNextSymbolEntropy()`.
 */
export function embeddedReberTask(): Task {
  return {
    name: 'embeddedReber',
    ...reberInfo,
    sample: (rng) => reberSample(sampleAutomaton(embeddedReberAutomaton, rng)),
  };
}

/** Plain (non-embedded) Reber next-symbol prediction (Cleeremans et al. 1989), one string per sample. */
export function reberTask(): Task {
  return {
    name: 'reber',
    ...reberInfo,
    sample: (rng) => reberSample(sampleAutomaton(reberAutomaton, rng)),
  };
}

/**
 * Continual embedded Reber (Gers, Schmidhuber & Cummins 2000): an endless stream of embedded
 * Reber strings concatenated without a separator or a state reset. A sample is the first
 * `length` + 1 symbols of a fresh stream (it starts at a string boundary): `length` inputs,
 * each with the next symbol of the stream as target (after E that is always B).
 */
export function continualEmbeddedReberTask(length: number): Task {
  requireInt('length', length, 1);
  return {
    name: 'continualEmbeddedReber',
    ...reberInfo,
    sample(rng) {
      const stream: string[] = [];
      while (stream.length < length + 1) {
        stream.push(...sampleAutomaton(embeddedReberAutomaton, rng));
      }
      return reberSample(stream.slice(0, length + 1));
    },
  };
}
