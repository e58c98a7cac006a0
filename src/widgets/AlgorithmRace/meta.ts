import * as z from 'zod';
import { settingProblem } from '../../state/settingProblem';
import { defineWidget } from '../../state/widgetMeta';
import { algorithmRaceInfo } from './info';

export const algorithmRaceMeta = defineWidget({
  ...algorithmRaceInfo,
  props: z
    .object({
      task: z
        .enum(['delay', 'temporalXor'])
        .default('delay')
        .describe(
          'delay: report the bit from lag steps ago; temporalXor: Elman’s (1990) bit stream.',
        ),
      lag: z.int().min(1).max(5).default(2).describe('The delay task’s lag.'),
      hidden: z.int().min(2).max(12).default(4).describe('Hidden units of the SRN.'),
      length: z.int().min(10).max(60).default(30).describe('Steps per training sequence.'),
      lr: z
        .number()
        .min(0.01)
        .max(5)
        .default(0.5)
        .describe('SGD learning rate of BPTT (TBPTT and RTRL get it scaled to their updates).'),
      k: z
        .int()
        .min(1)
        .max(20)
        .default(5)
        .describe('TBPTT: an update every k steps, back k steps.'),
      seed: z.int().min(1).max(9999).default(1).describe('Seed of the weights and the data.'),
    })
    .refine((p) => p.lag < p.length, {
      ...settingProblem('the lag must be shorter than the sequence', 'lagBeyondSequence'),
      path: ['lag'],
    }),
  presets: {
    delay: {
      label: { en: 'Delay by 2, 4 units (default)', zh: '延迟 2 步，4 个单元（默认）' },
      values: { task: 'delay', lag: 2, hidden: 4, lr: 0.5 },
    },
    xor: {
      label: { en: 'Temporal XOR (hard)', zh: '时间异或（难）' },
      values: { task: 'temporalXor', hidden: 4, lr: 0.5 },
    },
    big: {
      label: { en: '12 units: watch RTRL and EKF slow down', zh: '12 个单元：看 RTRL 和 EKF 变慢' },
      values: { task: 'delay', lag: 2, hidden: 12, lr: 0.5 },
    },
  },
});
