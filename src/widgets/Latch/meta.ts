import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { latchInfo } from './info';

export const latchMeta = defineWidget({
  ...latchInfo,
  props: z.object({
    hidden: z.int().min(1).max(4).default(1).describe('Hidden tanh units of the network.'),
    noiseStd: z
      .number()
      .min(0)
      .max(0.5)
      .default(0.2)
      .describe('Standard deviation of the noise fed in after the bit.'),
    lr: z.number().min(0.01).max(5).default(0.5).describe('Learning rate of plain SGD.'),
    budget: z
      .int()
      .min(100)
      .max(5000)
      .default(2000)
      .describe('Sequences each run may process before it counts as failed.'),
    runs: z.int().min(4).max(40).default(20).describe('Runs of each method at each lag.'),
    maxLag: z
      .int()
      .min(2)
      .max(128)
      .default(64)
      .describe('The longest lag T tried (from 2, doubling).'),
    range: z
      .number()
      .min(0.5)
      .max(20)
      .default(5)
      .describe('Random search draws every weight uniformly from [−range, range].'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of weights, data and guesses.'),
  }),
  presets: {
    bengio: {
      label: { en: 'One unit, noisy (default)', zh: '一个单元，有噪声（默认）' },
      values: { hidden: 1, noiseStd: 0.2, lr: 0.5 },
    },
    twoUnits: {
      label: { en: 'Two units', zh: '两个单元' },
      values: { hidden: 2, noiseStd: 0.2, lr: 0.5 },
    },
    slow: {
      label: { en: 'Small learning rate (0.1)', zh: '小学习率（0.1）' },
      values: { hidden: 1, noiseStd: 0.2, lr: 0.1 },
    },
    clean: {
      label: { en: 'No noise', zh: '无噪声' },
      values: { hidden: 1, noiseStd: 0, lr: 0.5 },
    },
  },
});
