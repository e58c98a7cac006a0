import {
  bpttSteps,
  type BpttSteps,
  contributionsToW,
  frobenius,
  type SrnWeights,
  truncatedDeltas,
} from '../../core/lessons';
import { fromFunction, scale, type Matrix } from '../../core/matrix';
import { createRng, uniform } from '../../core/rng';
import { oneHot, symbolsOf, vocabularyOf, type Vocabulary } from '../../core/vocabulary';
import { HIDDEN } from './meta';

export interface BpttInput {
  readonly word: string;
  readonly wScale: number;
  readonly seed: number;
  readonly k: number;
}

export interface BpttModel {
  readonly vocabulary: Vocabulary;
  /** The letters read (x_0 … x_{T−1}) and the letters to predict (y_0 … y_{T−1}). */
  readonly inputs: readonly string[];
  readonly targets: readonly string[];
  readonly weights: SrnWeights;
  readonly trace: BpttSteps;
  /** ‖δ_t s_{t−1}ᵀ‖ of full BPTT and of BPTT truncated to k steps, per step t. */
  readonly fullNorms: readonly number[];
  readonly keptNorms: readonly number[];
  readonly truncatedGradW: Matrix;
}

/**
 * The widget's network: vocabulary = the word's distinct letters; U, W, V uniform in [−1, 1)
 * from the seed (W then scaled); letter t predicts letter t + 1.
 */
export function buildBpttModel({ word, wScale, seed, k }: BpttInput): BpttModel {
  const vocabulary = vocabularyOf(word);
  const size = vocabulary.symbols.length;
  const rng = createRng(seed);
  const weights: SrnWeights = {
    U: fromFunction(HIDDEN, size, () => uniform(rng, -1, 1)),
    W: scale(
      fromFunction(HIDDEN, HIDDEN, () => uniform(rng, -1, 1)),
      wScale,
    ),
    V: fromFunction(size, HIDDEN, () => uniform(rng, -1, 1)),
  };
  const letters = symbolsOf(word);
  const inputs = letters.slice(0, -1);
  const targets = letters.slice(1);
  const trace = bpttSteps(
    weights,
    inputs.map((c) => oneHot(vocabulary.indexOf(c), size)),
    targets.map((c) => vocabulary.indexOf(c)),
  );
  const full = contributionsToW(trace, trace.deltas);
  const kept = contributionsToW(trace, truncatedDeltas(weights, trace, k));
  const truncatedGradW: Matrix = {
    rows: HIDDEN,
    cols: HIDDEN,
    data: new Float64Array(HIDDEN ** 2),
  };
  for (const m of kept) m.data.forEach((v, i) => (truncatedGradW.data[i]! += v));
  return {
    vocabulary,
    inputs,
    targets,
    weights,
    trace,
    fullNorms: full.map(frobenius),
    keptNorms: kept.map(frobenius),
    truncatedGradW,
  };
}

/** Where the stepper is: before anything, after forward step t, or after backward step t. */
export type Stage =
  | { readonly kind: 'start' }
  | { readonly kind: 'forward'; readonly t: number }
  | { readonly kind: 'backward'; readonly t: number };

/** pos 0 = start; 1…T = forward step pos − 1 done; T+1…2T = backward step 2T − pos done. */
export function stageOf(pos: number, T: number): Stage {
  if (pos <= 0) return { kind: 'start' };
  if (pos <= T) return { kind: 'forward', t: pos - 1 };
  return { kind: 'backward', t: 2 * T - pos };
}

/** Which steps' forward values are known, and which steps' δ are known, at a stage. */
export function knownAt(stage: Stage, T: number): { forward: number; backwardFrom: number } {
  switch (stage.kind) {
    case 'start':
      return { forward: 0, backwardFrom: T };
    case 'forward':
      return { forward: stage.t + 1, backwardFrom: T };
    case 'backward':
      return { forward: T, backwardFrom: stage.t };
  }
}
