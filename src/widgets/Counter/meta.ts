import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { counterInfo } from './info';

export const COUNTER_LANGUAGES = ['anbn', 'anbncn'] as const;

export const counterMeta = defineWidget({
  ...counterInfo,
  props: z.object({
    language: z.enum(COUNTER_LANGUAGES).default('anbn').describe('The language: aⁿbⁿ or aⁿbⁿcⁿ.'),
    trainMaxN: z.int().min(2).max(20).default(10).describe('Training strings have n = 1 … this.'),
    testMaxN: z.int().min(20).max(100).default(60).describe('Test strings have n = 1 … this.'),
    hidden: z.int().min(2).max(8).default(4).describe('Units of each network.'),
    budget: z
      .int()
      .min(400)
      .max(20000)
      .default(3000)
      .describe('Training sequences for each network.'),
    lr: z.number().min(0.001).max(0.1).default(0.02).describe('Learning rate of Adam.'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of weights and training strings.'),
  }),
  presets: {
    anbn: {
      label: { en: 'aⁿbⁿ, n ≤ 10 (default)', zh: 'aⁿbⁿ，n ≤ 10（默认）' },
      values: { language: 'anbn', trainMaxN: 10, budget: 3000 },
    },
    anbncn: {
      label: { en: 'aⁿbⁿcⁿ, n ≤ 10', zh: 'aⁿbⁿcⁿ，n ≤ 10' },
      values: { language: 'anbncn', trainMaxN: 10, budget: 6000 },
    },
    short: {
      label: { en: 'Trained on n ≤ 5 only', zh: '只用 n ≤ 5 训练' },
      values: { language: 'anbn', trainMaxN: 5, budget: 3000 },
    },
  },
});
