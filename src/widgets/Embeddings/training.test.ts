import { describe, expect, it } from 'vitest';
import { groupSimilarity, wordVocabulary } from '../../core/embeddings';
import { createModel } from '../../core/model';
import { createTrainingSession } from '../../sim';
import {
  TRAIN_STEPS,
  VOCABULARY_SIZE,
  embeddingSessionConfig,
  embeddingSpec,
  embeddingsOf,
  wordSamples,
} from './training';

const categories = wordVocabulary('en').categories;

/** Trains exactly as the widget does (a session on the main thread), with the default seed. */
async function trainedEmbeddings(seed: number, steps: number) {
  const session = createTrainingSession(embeddingSessionConfig(seed), {
    backend: 'thread',
    concurrent: true,
  });
  await session.step(steps);
  const weights = session.getWeights();
  session.dispose();
  return embeddingsOf(createModel(embeddingSpec), weights);
}

describe('the embedding model', () => {
  it('reads one-hot words and predicts the next one', () => {
    const samples = wordSamples(1);
    expect(samples.length).toBeGreaterThan(300);
    const s = samples[0]!;
    expect(s.inputs[0]!.reduce((a, b) => a + b)).toBe(1);
    expect(s.inputs[1]![s.targets[0] as number]).toBe(1);
    expect(s.inputs[0]).toHaveLength(VOCABULARY_SIZE);
  });

  it('starts without category structure and learns it: words of a category end up similar', async () => {
    const before = groupSimilarity(await trainedEmbeddings(1, 0), categories);
    expect(Math.abs(before.within - before.between)).toBeLessThan(0.15);
    const after = groupSimilarity(await trainedEmbeddings(1, TRAIN_STEPS), categories);
    expect(after.within).toBeGreaterThan(0.6);
    expect(after.within - after.between).toBeGreaterThan(0.5);
  }, 60_000);
});
