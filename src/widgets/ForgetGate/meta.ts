import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { forgetGateInfo } from './info';

export const forgetGateMeta = defineWidget({
  ...forgetGateInfo,
  props: z.object({
    runs: z.int().min(1).max(20).default(4).describe('Seeded runs of each cell.'),
    budget: z
      .int()
      .min(250)
      .max(6000)
      .default(3000)
      .describe('Training stretches a run may use before it counts as failed.'),
    hidden: z.int().min(2).max(12).default(8).describe('Memory cells of each network.'),
    stretch: z.int().min(20).max(120).default(60).describe('Symbols per training stretch.'),
    lr: z.number().min(0.001).max(0.1).default(0.02).describe('Learning rate of Adam.'),
    testStrings: z
      .int()
      .min(20)
      .max(300)
      .default(100)
      .describe('Embedded Reber strings in the test stream, read without a reset.'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of weights, data and test stream.'),
  }),
  presets: {
    standard: {
      label: { en: 'Eight cells (default)', zh: '八个细胞（默认）' },
      values: { hidden: 8, stretch: 60, lr: 0.02 },
    },
    small: {
      label: { en: 'Four cells', zh: '四个细胞' },
      values: { hidden: 4, stretch: 60, lr: 0.02 },
    },
    longStream: {
      label: { en: 'A longer test stream (300 strings)', zh: '更长的测试流（300 个字符串）' },
      values: { testStrings: 300 },
    },
  },
});
