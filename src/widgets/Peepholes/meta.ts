import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { peepholesInfo } from './info';

export const peepholesMeta = defineWidget({
  ...peepholesInfo,
  props: z.object({
    runs: z.int().min(1).max(20).default(4).describe('Seeded runs of each cell.'),
    budget: z
      .int()
      .min(500)
      .max(10000)
      .default(4000)
      .describe('Training sequences a run may use before it counts as failed.'),
    hidden: z.int().min(1).max(8).default(4).describe('Memory cells of each network.'),
    minGap: z.int().min(1).max(20).default(4).describe('Shortest gap D between the input spikes.'),
    maxGap: z
      .int()
      .min(1)
      .max(20)
      .default(8)
      .describe('Longest gap D (taken as the shortest when it is smaller).'),
    lr: z.number().min(0.001).max(0.1).default(0.01).describe('Learning rate of Adam.'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of weights, data and test set.'),
  }),
  presets: {
    measure: {
      label: { en: 'Gaps 4 to 8 (default)', zh: '间隔 4 到 8（默认）' },
      values: { minGap: 4, maxGap: 8 },
    },
    fixed: {
      label: { en: 'A fixed interval of 8', zh: '固定间隔 8' },
      values: { minGap: 8, maxGap: 8 },
    },
    long: {
      label: { en: 'Gaps 10 to 20', zh: '间隔 10 到 20' },
      values: { minGap: 10, maxGap: 20 },
    },
  },
});
