import { fromFunction } from '../../core/matrix';
import { createRng, uniform } from '../../core/rng';
import { srnForward, type SrnStep, type SrnWeights } from '../../core/lessons';
import { sentenceTokens, tokenVocabulary } from '../../core/tokens';
import { oneHot, type Vocabulary } from '../../core/vocabulary';

export interface UnrollInput {
  readonly sentence: string;
  readonly hidden: number;
  readonly seed: number;
}

export interface UnrollModel {
  readonly tokens: readonly string[];
  readonly vocabulary: Vocabulary;
  readonly weights: SrnWeights;
  /** One-hot inputs x_t, one per token. */
  readonly xs: readonly Float64Array[];
  /** The forward pass over the whole sentence, s_{-1} = 0. */
  readonly steps: readonly SrnStep[];
}

/**
 * The figure's network: word-level one-hot inputs over the sentence's own vocabulary (K words),
 * U (H×K), W (H×H) and V (K×H) drawn uniformly in [−1, 1) from the seed, in that order, no biases.
 * It is untrained: its predictions o_t are those of random weights.
 */
export function buildUnrollModel({ sentence, hidden, seed }: UnrollInput): UnrollModel {
  const tokens = sentenceTokens(sentence);
  const vocabulary = tokenVocabulary(tokens);
  const K = vocabulary.symbols.length;
  const rng = createRng(seed);
  const weights: SrnWeights = {
    U: fromFunction(hidden, K, () => uniform(rng, -1, 1)),
    W: fromFunction(hidden, hidden, () => uniform(rng, -1, 1)),
    V: fromFunction(K, hidden, () => uniform(rng, -1, 1)),
  };
  const xs = tokens.map((w) => oneHot(vocabulary.indexOf(w), K));
  return { tokens, vocabulary, weights, xs, steps: srnForward(weights, xs, 'tanh') };
}

/** The k most probable next words of a step's output o_t, most probable first. */
export function topPredictions(
  o: ArrayLike<number>,
  vocabulary: Vocabulary,
  k = 3,
): { word: string; p: number }[] {
  return Array.from(o, (p, i) => ({ word: vocabulary.symbols[i]!, p }))
    .sort((a, b) => b.p - a.p)
    .slice(0, k);
}
