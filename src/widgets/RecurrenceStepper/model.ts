import { fromFunction, scale } from '../../core/matrix';
import { createRng, uniform } from '../../core/rng';
import { srnForward, type SrnStep, type SrnWeights } from '../../core/lessons';
import { oneHot, symbolsOf, vocabularyOf, type Vocabulary } from '../../core/vocabulary';
import { HIDDEN } from './meta';

export interface StepperInput {
  readonly word: string;
  readonly W: readonly number[];
  readonly uScale: number;
  readonly seed: number;
}

export interface StepperModel {
  readonly vocabulary: Vocabulary;
  readonly symbols: readonly string[];
  readonly weights: SrnWeights;
  readonly steps: readonly SrnStep[];
}

/**
 * The widget's network: vocabulary = the word's distinct letters, U (3×V) and V (V×3) drawn
 * uniformly in [−1, 1) from the seed (U then scaled), W given by the reader.
 */
export function buildStepperModel({ word, W, uScale, seed }: StepperInput): StepperModel {
  const vocabulary = vocabularyOf(word);
  const size = vocabulary.symbols.length;
  const rng = createRng(seed);
  const U = scale(
    fromFunction(HIDDEN, size, () => uniform(rng, -1, 1)),
    uScale,
  );
  const V = fromFunction(size, HIDDEN, () => uniform(rng, -1, 1));
  const weights: SrnWeights = {
    U,
    V,
    W: fromFunction(HIDDEN, HIDDEN, (i, j) => W[i * HIDDEN + j]!),
  };
  const symbols = symbolsOf(word);
  const xs = symbols.map((c) => oneHot(vocabulary.indexOf(c), size));
  return { vocabulary, symbols, weights, steps: srnForward(weights, xs, 'tanh') };
}
