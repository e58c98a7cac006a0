import * as z from 'zod';
import { CHAR_CELLS, PRETRAINED } from '../../core/charModel';
import { defineWidget } from '../../state/widgetMeta';
import { charRnnInfo } from './info';

export const CORPORA = ['project', 'chapter', 'reber'] as const;
export const CELLS = CHAR_CELLS;
export const OPTIMISERS = ['sgd', 'momentum', 'rmsprop', 'adam'] as const;
export const LR_RANGE = [1e-4, 10] as const;

/**
 * The widget's settings. Text pasted by the reader is not a setting: it stays in the page (it
 * can be long and private), so it is never written into a share link.
 */
export const charRnnMeta = defineWidget({
  ...charRnnInfo,
  props: z.object({
    corpus: z
      .enum(CORPORA)
      .default('project')
      .describe(
        "Training text: the project's short corpus in the reader's language, this chapter's text, or Reber-grammar strings.",
      ),
    cell: z.enum(CELLS).default(PRETRAINED.cell).describe('Recurrent cell: SRN, GRU or LSTM.'),
    hidden: z.int().min(4).max(128).default(PRETRAINED.hidden).describe('Hidden units per layer.'),
    layers: z.int().min(1).max(3).default(PRETRAINED.layers).describe('Stacked layers.'),
    seqLen: z
      .int()
      .min(4)
      .max(100)
      .default(PRETRAINED.seqLen)
      .describe('Characters per training sequence (BPTT length).'),
    batch: z.int().min(1).max(64).default(PRETRAINED.batch).describe('Sequences per update.'),
    lr: z
      .number()
      .min(LR_RANGE[0])
      .max(LR_RANGE[1])
      .default(PRETRAINED.lr)
      .describe('Learning rate, 1e-4 to 10 (log scale).'),
    optimiser: z.enum(OPTIMISERS).default('adam').describe('SGD, momentum 0.9, RMSProp or Adam.'),
    clip: z
      .number()
      .min(0)
      .max(100)
      .default(PRETRAINED.clip)
      .describe('Gradient-norm clipping threshold; 0 turns clipping off.'),
    temperature: z
      .number()
      .min(0)
      .max(2)
      .default(0.7)
      .describe('Sampling temperature; 0 always takes the most likely character.'),
    seedText: z
      .string()
      .max(40)
      .default('')
      .describe("Text the samples start from; empty: the corpus's first character."),
    probe: z
      .string()
      .max(60)
      .default('')
      .describe("Text whose hidden states are shown; empty: the corpus's first words."),
    sampleLength: z.int().min(20).max(400).default(200).describe('Characters per sample.'),
  }),
  presets: {
    shipped: {
      label: { en: 'Shipped LSTM (default)', zh: '预训练的 LSTM（默认）' },
      values: {
        corpus: 'project',
        cell: PRETRAINED.cell,
        hidden: PRETRAINED.hidden,
        layers: PRETRAINED.layers,
        lr: PRETRAINED.lr,
        optimiser: 'adam',
      },
    },
    reberSrn: {
      label: { en: 'Reber strings, small SRN', zh: 'Reber 字符串，小 SRN' },
      values: { corpus: 'reber', cell: 'srn', hidden: 16, layers: 1, lr: 0.01, optimiser: 'adam' },
    },
    chapterGru: {
      label: { en: 'This chapter, GRU', zh: '本章文本，GRU' },
      values: {
        corpus: 'chapter',
        cell: 'gru',
        hidden: 64,
        layers: 1,
        lr: 0.005,
        optimiser: 'adam',
      },
    },
    deepLstm: {
      label: { en: 'Two-layer LSTM', zh: '两层 LSTM' },
      values: {
        corpus: 'project',
        cell: 'lstm',
        hidden: 32,
        layers: 2,
        lr: 0.005,
        optimiser: 'adam',
      },
    },
  },
});
