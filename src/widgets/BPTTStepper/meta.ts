import * as z from 'zod';
import { settingProblem } from '../../state/settingProblem';
import { defineWidget } from '../../state/widgetMeta';
import { bpttStepperInfo } from './info';

/** 5 to 9 letters: 4 to 8 time steps (each letter predicts the next). */
export const WORD_PATTERN = /^[a-z]{5,9}$/;
export const HIDDEN = 3;
export const MAX_STEPS = 8;

export const bpttStepperMeta = defineWidget({
  ...bpttStepperInfo,
  props: z
    .object({
      word: z
        .string()
        .regex(WORD_PATTERN)
        .default('network')
        .describe('The word: 5–9 letters a–z; each letter is asked to predict the next.'),
      wScale: z
        .number()
        .min(0)
        .max(3)
        .default(1)
        .describe('Multiplies the random recurrent weights W.'),
      seed: z.int().min(1).max(9999).default(1).describe('Seed of the random U, W and V.'),
      k: z
        .int()
        .min(1)
        .max(MAX_STEPS)
        .default(MAX_STEPS)
        .describe('Truncation: each error goes back through at most k steps.'),
      pos: z
        .int()
        .min(0)
        .max(2 * MAX_STEPS)
        .default(0)
        .describe('Progress: 0 = nothing run, 1…T forward steps, T+1…2T backward steps.'),
    })
    .refine((p) => p.pos <= 2 * (p.word.length - 1), {
      ...settingProblem(
        'pos cannot pass the end of the backward pass (2 × (letters − 1))',
        'posBeyondBackward',
      ),
      path: ['pos'],
    }),
  presets: {
    network: {
      label: { en: '“network”, all steps (default)', zh: '“network”，不截断（默认）' },
      values: { word: 'network', wScale: 1, k: MAX_STEPS },
    },
    truncated: {
      label: { en: 'Truncated to k = 2', zh: '截断到 k = 2' },
      values: { word: 'network', wScale: 1, k: 2 },
    },
    small: {
      label: { en: 'Small W: the past fades', zh: '小的 W：过去很快消退' },
      values: { word: 'recurrent', wScale: 0.3, k: MAX_STEPS },
    },
    large: {
      label: { en: 'Large W: δ grows backward', zh: '大的 W：δ 向后增长' },
      values: { word: 'recurrent', wScale: 2.5, k: MAX_STEPS },
    },
  },
});
