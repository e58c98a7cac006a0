import * as z from 'zod';
import { settingProblem } from '../../state/settingProblem';
import { defineWidget } from '../../state/widgetMeta';
import { HAND_PATTERN, MAX_HAND_ENTRIES, parseHand } from './hand';
import { lstmGatesInfo } from './info';

export const WORD_PATTERN = /^[a-z]{1,12}$/;
export const MAX_HIDDEN = 4;

export const lstmGatesMeta = defineWidget({
  ...lstmGatesInfo,
  props: z
    .object({
      word: z
        .string()
        .regex(WORD_PATTERN)
        .default('remember')
        .describe('The word both cells read, 1–12 letters a–z (one-hot over its letters).'),
      t: z.int().min(0).max(11).default(0).describe('The time step shown, counted from 0.'),
      unit: z
        .int()
        .min(1)
        .max(MAX_HIDDEN)
        .default(1)
        .describe('The unit whose gates the sliders set.'),
      hand: z
        .string()
        .max(MAX_HAND_ENTRIES * 16)
        .regex(HAND_PATTERN)
        .default('')
        .describe(
          'Gates held by hand: entries such as “lstm.f2@3:0.25” (cell.gate, unit, @step, :value; * = every unit or step), separated by spaces.',
        ),
      hidden: z.int().min(1).max(MAX_HIDDEN).default(3).describe('Units in each cell.'),
      forgetBias: z
        .number()
        .min(-3)
        .max(5)
        .default(1)
        .describe('Added to the LSTM’s forget-gate bias.'),
      seed: z.int().min(1).max(9999).default(1).describe('Seed of the random weights.'),
    })
    .refine((p) => p.t < Array.from(p.word).length, {
      ...settingProblem(
        'the time step t must be smaller than the length of the word',
        'stepBeyondWord',
      ),
      path: ['t'],
    })
    .refine((p) => p.unit <= p.hidden, {
      ...settingProblem('the unit must be one of the cells’ units', 'unitBeyondCells'),
      path: ['unit'],
    })
    .superRefine((p, ctx) => {
      const parsed = parseHand(p.hand);
      if (!Array.isArray(parsed)) ctx.addIssue({ code: 'custom', ...parsed, path: ['hand'] });
      else if (parsed.length > MAX_HAND_ENTRIES)
        ctx.addIssue({
          code: 'custom',
          ...settingProblem(`at most ${MAX_HAND_ENTRIES} entries`, 'handCount', {
            max: MAX_HAND_ENTRIES,
          }),
          path: ['hand'],
        });
    }),
  presets: {
    free: {
      label: { en: 'Every gate as the cells compute it', zh: '所有门都由网络自己计算' },
      values: { hand: '' },
    },
    keep: {
      label: {
        en: 'Write at t = 0, then keep (LSTM f = 1, i = 0; GRU z = 1)',
        zh: '在 t = 0 写入，之后保持（LSTM f = 1、i = 0；GRU z = 1）',
      },
      values: { hand: 'lstm.f*@*:1 lstm.i*@*:0 lstm.i*@0:1 gru.z*@*:1 gru.z*@0:0' },
    },
    forget: {
      label: {
        en: 'Forget at every step (LSTM f = 0; GRU z = 0)',
        zh: '每一步都遗忘（LSTM f = 0；GRU z = 0）',
      },
      values: { hand: 'lstm.f*@*:0 gru.z*@*:0' },
    },
    closed: {
      label: { en: 'Read nothing out (LSTM o = 0)', zh: '什么都不读出（LSTM o = 0）' },
      values: { hand: 'lstm.o*@*:0' },
    },
  },
});
