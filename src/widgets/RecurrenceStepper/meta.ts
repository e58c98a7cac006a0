import * as z from 'zod';
import { settingProblem } from '../../state/settingProblem';
import { defineWidget } from '../../state/widgetMeta';
import { recurrenceStepperInfo } from './info';

export const WORD_PATTERN = /^[a-z]{1,12}$/;
export const HIDDEN = 3;
const entry = z.number().min(-2).max(2);

export const recurrenceStepperMeta = defineWidget({
  ...recurrenceStepperInfo,
  props: z
    .object({
      word: z
        .string()
        .regex(WORD_PATTERN)
        .default('hello')
        .describe('The word read, 1–12 letters a–z.'),
      W: z
        .array(entry)
        .length(HIDDEN * HIDDEN)
        .default([0.6, -0.4, 0.2, 0.3, 0.5, -0.6, -0.5, 0.2, 0.4])
        .describe('Recurrent weights W, 3×3, row by row, each in [−2, 2].'),
      uScale: z
        .number()
        .min(0)
        .max(3)
        .default(1)
        .describe('Multiplies the random input weights U.'),
      seed: z.int().min(1).max(9999).default(1).describe('Seed of the random U and V.'),
      t: z.int().min(0).max(11).default(0).describe('The time step shown, counted from 0.'),
    })
    .refine((p) => p.t < Array.from(p.word).length, {
      ...settingProblem(
        'the time step t must be smaller than the length of the word',
        'stepBeyondWord',
      ),
      path: ['t'],
    }),
  presets: {
    gentle: {
      label: { en: 'Gentle mixing (default)', zh: '温和混合（默认）' },
      values: { W: [0.6, -0.4, 0.2, 0.3, 0.5, -0.6, -0.5, 0.2, 0.4] },
    },
    forgetful: {
      label: { en: 'W = 0: no memory', zh: 'W = 0：没有记忆' },
      values: { W: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
    },
    memory: {
      label: { en: 'W = 0.9 I: each unit keeps its past', zh: 'W = 0.9 I：每个单元保留过去' },
      values: { W: [0.9, 0, 0, 0, 0.9, 0, 0, 0, 0.9] },
    },
    saturating: {
      label: { en: 'Large W: units saturate at ±1', zh: '大的 W：单元饱和在 ±1' },
      values: { W: [2, -1.5, 1, 1.5, 2, -1, -1, 1.5, 2] },
    },
  },
});
