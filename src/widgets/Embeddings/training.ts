import { corpusStream, wordVocabulary } from '../../core/embeddings';
import { block } from '../../core/params';
import type { Model, ModelSpec, Sample } from '../../core/model';
import type { SessionConfig } from '../../sim/types';

/**
 * The model behind the learned embeddings: a word-level simple RNN (Elman 1990) that reads the
 * toy grammar's stream one word at a time (one-hot) and predicts the next word (softmax). The
 * embedding of word j is column j of U, since U times the one-hot vector of j is that column.
 */
export const VOCABULARY_SIZE = wordVocabulary('en').words.length;
export const EMBEDDING_SIZE = 10;
/** Sentences in the training corpus. */
export const CORPUS_SENTENCES = 2000;
/** Words per training sequence. */
export const SEQUENCE_WORDS = 12;
export const BATCH = 8;
/** Updates the widget trains for: with Adam at 0.01 the roles have formed by then (the test checks). */
export const TRAIN_STEPS = 200;

export const embeddingSpec: ModelSpec = {
  cell: { kind: 'srn', activation: 'tanh' },
  inputSize: VOCABULARY_SIZE,
  hiddenSize: EMBEDDING_SIZE,
  outputSize: VOCABULARY_SIZE,
  layers: 1,
  bidirectional: false,
  output: 'softmax',
};

/** The corpus cut into sequences: one-hot inputs w_t, targets w_{t+1}. */
export function wordSamples(seed: number): Sample[] {
  const stream = corpusStream(CORPUS_SENTENCES, seed);
  const samples: Sample[] = [];
  for (let s = 0; s + SEQUENCE_WORDS + 1 <= stream.length; s += SEQUENCE_WORDS) {
    const ids = stream.slice(s, s + SEQUENCE_WORDS + 1);
    samples.push({
      inputs: ids.slice(0, SEQUENCE_WORDS).map((i) => {
        const x = new Float64Array(VOCABULARY_SIZE);
        x[i] = 1;
        return x;
      }),
      targets: ids.slice(1),
    });
  }
  return samples;
}

/** The training session's configuration (the unit test trains the same). */
export function embeddingSessionConfig(seed: number): SessionConfig {
  return {
    spec: embeddingSpec,
    seed,
    // Small starting weights: what the columns of U end up sharing is learned, not drawn.
    init: { kind: 'gaussian', std: 0.1 },
    train: { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 5 },
    data: { kind: 'samples', samples: wordSamples(seed), order: 'random' },
    batchSize: BATCH,
  };
}

/** The learned embeddings: column j of U (H × V) for each word j. */
export function embeddingsOf(model: Model, params: Float64Array): Float64Array[] {
  const U = block(model.layout, 'l0.fwd.U');
  return Array.from({ length: U.cols }, (_, j) =>
    Float64Array.from({ length: U.rows }, (_, i) => params[U.offset + i * U.cols + j]!),
  );
}
