import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { clockGradientInfo } from './info';
import { parsePeriods, PERIODS_PATTERN } from './periods';

export const clockGradientMeta = defineWidget({
  ...clockGradientInfo,
  props: z.object({
    periods: z
      .string()
      .regex(PERIODS_PATTERN)
      .default('1,2,4,8')
      .superRefine((text, ctx) => {
        const parsed = parsePeriods(text);
        if (!Array.isArray(parsed)) ctx.addIssue({ code: 'custom', ...parsed });
      })
      .describe('The modules’ clock periods, fastest first, e.g. “1,2,4,8” (one to four modules).'),
    rho: z
      .number()
      .min(0.1)
      .max(2)
      .default(0.9)
      .describe('Spectral radius ρ of the SRN’s W and of each module’s own block W^(m,m).'),
    horizon: z
      .int()
      .min(8)
      .max(256)
      .default(64)
      .describe('T: the last step; the norms are measured for lags 0 … T.'),
    unitsPerModule: z.int().min(1).max(16).default(8).describe('Units in each module (k).'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of the weights and the input.'),
  }),
  presets: {
    exponential: {
      label: { en: 'Periods 1, 2, 4, 8 (default)', zh: '周期 1、2、4、8（默认）' },
      values: { periods: '1,2,4,8', horizon: 64 },
    },
    threes: {
      label: { en: 'Periods 1, 3, 9, 27 over 128 steps', zh: '周期 1、3、9、27，共 128 步' },
      values: { periods: '1,3,9,27', horizon: 128 },
    },
    wide: {
      label: { en: 'Periods 1, 4, 16, 64 over 256 steps', zh: '周期 1、4、16、64，共 256 步' },
      values: { periods: '1,4,16,64', horizon: 256 },
    },
    noClock: {
      label: {
        en: 'Every period 1: an SRN with a block-triangular W',
        zh: '所有周期为 1：W 为分块三角的简单循环网络',
      },
      values: { periods: '1,1,1,1', horizon: 64 },
    },
  },
});
