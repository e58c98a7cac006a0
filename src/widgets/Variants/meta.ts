import * as z from 'zod';
import { ABLATION_DEFAULTS } from '../../core/experiments';
import { defineWidget } from '../../state/widgetMeta';
import { variantsInfo } from './info';

const d = ABLATION_DEFAULTS;

export const variantsMeta = defineWidget({
  ...variantsInfo,
  props: z.object({
    runs: z.int().min(2).max(10).default(d.runs).describe('Runs (seeds) of each variant.'),
    sequences: z
      .int()
      .min(100)
      .max(4000)
      .default(d.sequences)
      .describe('Training streams each run reads.'),
    hidden: z.int().min(2).max(8).default(d.hidden).describe('Memory cells of every variant.'),
    lr: z.number().min(0.001).max(0.1).default(d.lr).describe('Adam learning rate.'),
    forgetBias: z
      .number()
      .min(0)
      .max(3)
      .default(d.forgetBias)
      .describe('Initial forget-gate bias (variants with a forget gate).'),
    seed: z.int().min(1).max(9999).default(d.seed).describe('Seed of weights and data.'),
  }),
  presets: {
    standard: {
      label: { en: 'Five seeds, 1,200 streams (default)', zh: '五个种子，1200 段（默认）' },
      values: { runs: d.runs, sequences: d.sequences, hidden: d.hidden },
    },
    quick: {
      label: { en: 'Quick look: three seeds, 400 streams', zh: '快速看看：三个种子，400 段' },
      values: { runs: 3, sequences: 400, hidden: d.hidden },
    },
    longer: {
      label: { en: 'Longer training: 3,000 streams', zh: '更长的训练：3000 段' },
      values: { runs: d.runs, sequences: 3000, hidden: d.hidden },
    },
  },
});
