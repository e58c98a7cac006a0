import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { longLagInfo } from './info';

/** The forget-gate biases the figure offers (σ(b) = 0.5, 0.73, 0.95, 0.993 kept per step). */
export const FORGET_BIASES = [0, 1, 3, 5] as const;

export const longLagMeta = defineWidget({
  ...longLagInfo,
  props: z.object({
    T: z
      .int()
      .min(10)
      .max(100)
      .default(20)
      .describe('Minimal sequence length T of the adding problem; the lag is at least T/2.'),
    forgetBias: z
      .int()
      .min(0)
      .max(5)
      .default(5)
      .describe('Initial bias of the LSTM’s forget gate (the figure offers 0, 1, 3 and 5).'),
    runs: z.int().min(1).max(10).default(3).describe('Seeded runs of each cell.'),
    budget: z
      .int()
      .min(1000)
      .max(40000)
      .default(6000)
      .describe('Training sequences a run may use before it counts as failed.'),
    lr: z.number().min(0.001).max(0.2).default(0.05).describe('Learning rate of Adam.'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of weights, data and test sets.'),
  }),
  presets: {
    open: {
      label: { en: 'Forget gate open (bias 5, default)', zh: '遗忘门敞开（偏置 5，默认）' },
      values: { T: 20, forgetBias: 5, budget: 6000 },
    },
    usual: {
      label: { en: 'The usual bias 1', zh: '常用的偏置 1' },
      values: { T: 20, forgetBias: 1, budget: 6000 },
    },
    none: {
      label: { en: 'Bias 0 (gate half open)', zh: '偏置 0（门半开）' },
      values: { T: 20, forgetBias: 0, budget: 6000 },
    },
    longer: {
      label: { en: 'Longer lag (T = 50, slower)', zh: '更长的间隔（T = 50，较慢）' },
      values: { T: 50, forgetBias: 5, budget: 12000 },
    },
  },
});
