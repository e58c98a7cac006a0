import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { embeddingsInfo } from './info';

export const MAX_WORDS_TEXT = 200;

export const embeddingsMeta = defineWidget({
  ...embeddingsInfo,
  props: z.object({
    words: z
      .string()
      .max(MAX_WORDS_TEXT)
      .default('cat dog lion bread apple eats runs')
      .describe(
        'The words compared, separated by spaces or commas, from the toy vocabulary (English or Chinese); up to 8 are shown.',
      ),
    seed: z
      .int()
      .min(1)
      .max(9999)
      .default(1)
      .describe('Seed of the corpus, the starting weights and the order of training.'),
  }),
  presets: {
    mixed: {
      label: { en: 'Animals, foods and verbs (default)', zh: '动物、食物和动词（默认）' },
      values: { words: 'cat dog lion bread apple eats runs' },
    },
    nouns: {
      label: { en: 'People and animals', zh: '人和动物' },
      values: { words: 'man woman girl cat dog mouse' },
    },
    verbs: {
      label: { en: 'Verbs of four kinds', zh: '四类动词' },
      values: { words: 'eats chews walks runs sees breaks' },
    },
  },
});
