import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { minCharRnnInfo } from './info';

/** The preset texts; the reader's own text is kept by the figure, not in the URL. */
export const MIN_CHAR_CORPORA = ['chapter', 'project'] as const;

export const minCharRnnMeta = defineWidget({
  ...minCharRnnInfo,
  props: z.object({
    corpus: z
      .enum(MIN_CHAR_CORPORA)
      .default('chapter')
      .describe('Training text: this chapter as a reader sees it, or the project’s corpus.'),
    hidden: z.int().min(4).max(200).default(100).describe('Hidden units H (min-char-rnn: 100).'),
    seqLength: z.int().min(5).max(50).default(25).describe('Window length T (min-char-rnn: 25).'),
    lr: z
      .number()
      .min(0.005)
      .max(0.5)
      .default(0.1)
      .describe('Adagrad learning rate (min-char-rnn: 0.1).'),
    clip: z
      .number()
      .min(0.5)
      .max(20)
      .default(5)
      .describe('Every gradient entry is clipped to ±clip (min-char-rnn: 5).'),
    steps: z.int().min(20).max(50000).default(10000).describe('Iterations of the run.'),
    sampleEvery: z
      .int()
      .min(10)
      .max(1000)
      .default(100)
      .describe('A 200-character sample every this many iterations (min-char-rnn: 100).'),
    seed: z
      .int()
      .min(1)
      .max(9999)
      .default(1)
      .describe('Seed of the initial weights (both programs) and of the samples.'),
  }),
  presets: {
    gist: {
      label: { en: 'As in the gist', zh: '与原代码相同' },
      values: { hidden: 100, seqLength: 25, lr: 0.1, clip: 5, sampleEvery: 100 },
    },
    small: {
      label: { en: 'Smaller and faster (H = 32)', zh: '更小更快（H = 32）' },
      values: { hidden: 32, seqLength: 25, lr: 0.1, clip: 5, sampleEvery: 100 },
    },
  },
});
