import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { gateTracesInfo } from './info';

export const gateTracesMeta = defineWidget({
  ...gateTracesInfo,
  props: z.object({
    lr: z.number().min(0.001).max(0.1).default(0.01).describe('Adam’s learning rate.'),
    hidden: z.int().min(2).max(8).default(4).describe('Units of the LSTM.'),
    forgetBias: z
      .number()
      .min(0)
      .max(5)
      .default(1)
      .describe('Initial forget-gate bias (Gers et al. 2000 start it positive).'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of the weights and the data.'),
  }),
  presets: {
    standard: {
      label: { en: 'Adam 0.01, forget bias 1 (default)', zh: 'Adam 0.01，遗忘门偏置 1（默认）' },
      values: { lr: 0.01, forgetBias: 1 },
    },
    quick: {
      label: { en: 'Faster: Adam 0.03', zh: '更快：Adam 0.03' },
      values: { lr: 0.03, forgetBias: 1 },
    },
    open: {
      label: { en: 'Forget gate open at the start: bias 3', zh: '开始时遗忘门全开：偏置 3' },
      values: { lr: 0.01, forgetBias: 3 },
    },
  },
});
