import type { Rng } from '../rng';
import { weightedIndex } from './random';

/**
 * Probabilistic deterministic finite automata: the machinery behind the Reber grammar tasks
 * (Reber 1967; Cleeremans, Servan-Schreiber & McClelland 1989; Fahlman 1991). From a state,
 * each outgoing edge is taken with its probability and appends its symbol; no two edges of a
 * state carry the same symbol, so a string determines its path. Generation stops in a state
 * without edges (the final state).
 */

/** One labelled transition, taken with probability p. */
export interface Edge {
  readonly symbol: string;
  readonly to: number;
  readonly p: number;
}

/** A probabilistic deterministic automaton: edges per state and the start state. */
export interface Automaton {
  /** states[s] lists the edges leaving state s; a state with no edges is final. */
  readonly states: readonly (readonly Edge[])[];
  readonly start: number;
}

/** Checks determinism, probabilities summing to 1, edge targets in range and an unreachable start. */
export function checkAutomaton(a: Automaton): void {
  a.states.forEach((edges, s) => {
    if (edges.length === 0) return;
    const seen = new Set(edges.map((e) => e.symbol));
    if (seen.size !== edges.length) throw new Error(`automaton state ${s} repeats a symbol`);
    const total = edges.reduce((sum, e) => sum + e.p, 0);
    if (Math.abs(total - 1) > 1e-12) throw new Error(`automaton state ${s}: p sums to ${total}`);
    for (const e of edges) {
      if (!(e.to >= 0 && e.to < a.states.length)) throw new Error(`automaton state ${s}: bad edge`);
      if (e.to === a.start)
        throw new Error('automaton: the start state must have no incoming edge');
    }
  });
}

/** Samples one string (as symbols) from start to a final state. */
export function sampleAutomaton(a: Automaton, rng: Rng): string[] {
  const out: string[] = [];
  let s = a.start;
  for (let edges = a.states[s]!; edges.length > 0; edges = a.states[s]!) {
    const e =
      edges[
        weightedIndex(
          rng,
          edges.map((x) => x.p),
        )
      ]!;
    out.push(e.symbol);
    s = e.to;
  }
  return out;
}

/** The state reached after reading `symbols` from the start, or -1 if some symbol is illegal. */
export function runAutomaton(a: Automaton, symbols: readonly string[]): number {
  let s = a.start;
  for (const sym of symbols) {
    const e = a.states[s]!.find((x) => x.symbol === sym);
    if (!e) return -1;
    s = e.to;
  }
  return s;
}

/** True iff the string leads from the start to a final state. */
export function acceptsAutomaton(a: Automaton, symbols: readonly string[]): boolean {
  const s = runAutomaton(a, symbols);
  return s >= 0 && a.states[s]!.length === 0;
}

/** The symbols that may legally follow `prefix` (empty after a complete string). Throws on an illegal prefix. */
export function legalNextAutomaton(a: Automaton, prefix: readonly string[]): Set<string> {
  const s = runAutomaton(a, prefix);
  if (s < 0)
    throw new Error(`prefix ${JSON.stringify(prefix.join(''))} is not legal in the grammar`);
  return new Set(a.states[s]!.map((e) => e.symbol));
}

/** Entropy in bits of the next-symbol distribution in state s (0 for final states). */
function stateEntropy(a: Automaton, s: number): number {
  let h = 0;
  for (const e of a.states[s]!) if (e.p > 0) h -= e.p * Math.log2(e.p);
  return h;
}

/** Solves the square system M x = b by Gaussian elimination with partial pivoting. */
export function solveLinear(M: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const A = M.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[piv]![c]!)) piv = r;
    if (Math.abs(A[piv]![c]!) < 1e-14) throw new Error('solveLinear: singular matrix');
    [A[c], A[piv]] = [A[piv]!, A[c]!];
    const pivotRow = A[c]!;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = A[r]!;
      const f = row[c]! / pivotRow[c]!;
      if (f !== 0) for (let k = c; k <= n; k++) row[k] = row[k]! - f * pivotRow[k]!;
    }
  }
  return A.map((row, i) => row[n]! / row[i]!);
}

/**
 * Expected number of visits to each state during one generated string (absorbing Markov chain:
 * v = e_start + Pᵀ v, solved exactly). Final states get their absorption probability (≤ 1).
 */
export function expectedVisits(a: Automaton): number[] {
  const n = a.states.length;
  const M = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
  a.states.forEach((edges, s) => {
    for (const e of edges) M[e.to]![s]! -= e.p;
  });
  const b = Array.from({ length: n }, (_, i) => +(i === a.start));
  return solveLinear(M, b);
}

/**
 * Exact expected per-prediction entropy (bits) of next-symbol prediction over one string:
 * (expected total of H(next | state) over the predictions) / (expected number of predictions).
 * A string of n symbols gives n − 1 predictions, made in the states reached after symbols
 * 1..n−1 — every visited non-final state except the initial visit to the start state. This is
 * the ratio of expectations, which is what pooling the bits and predictions of many sampled
 * strings estimates.
 */
export function nextSymbolEntropy(a: Automaton): number {
  const v = expectedVisits(a);
  let bits = -stateEntropy(a, a.start);
  let symbols = 0;
  a.states.forEach((edges, s) => {
    if (edges.length === 0) return;
    bits += v[s]! * stateEntropy(a, s);
    symbols += v[s]!;
  });
  return bits / (symbols - 1);
}

/** Expected string length in symbols (each visit to a non-final state emits one symbol). */
export function expectedLength(a: Automaton): number {
  const v = expectedVisits(a);
  return a.states.reduce((sum, edges, s) => sum + (edges.length > 0 ? v[s]! : 0), 0);
}
