import * as z from 'zod';
import { runLength } from '../../core/lessons';
import { settingProblem } from '../../state/settingProblem';
import { defineWidget } from '../../state/widgetMeta';
import { clockScheduleInfo } from './info';

export const MAX_MODULES = 8;
export const MAX_PERIOD = 128;
export const MAX_UNITS = 8;

/** What is wrong with a typed list of periods. */
export type PeriodsProblem = 'empty' | 'number' | 'range' | 'count' | 'order';

const sorted = (periods: readonly number[]) =>
  periods.every((T, i) => i === 0 || T >= periods[i - 1]!);

/** Reads "1, 2, 4, 8" (commas or spaces): the periods, or what is wrong with them. */
export function parsePeriods(
  text: string,
): { periods: number[]; problem: null } | { periods: null; problem: PeriodsProblem } {
  const parts = text
    .split(/[\s,，、;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { periods: null, problem: 'empty' };
  if (parts.some((p) => !/^\d+$/.test(p))) return { periods: null, problem: 'number' };
  const periods = parts.map(Number);
  if (periods.some((T) => T < 1 || T > MAX_PERIOD)) return { periods: null, problem: 'range' };
  if (periods.length > MAX_MODULES) return { periods: null, problem: 'count' };
  if (!sorted(periods)) return { periods: null, problem: 'order' };
  return { periods, problem: null };
}

const exponential = (g: number) => Array.from({ length: g }, (_, i) => 2 ** i);

export const clockScheduleMeta = defineWidget({
  ...clockScheduleInfo,
  props: z
    .object({
      periods: z
        .array(z.int().min(1).max(MAX_PERIOD))
        .min(1)
        .max(MAX_MODULES)
        .refine(
          sorted,
          settingProblem('periods go fastest first: each at least the one before', 'periodsOrder'),
        )
        .default(exponential(4))
        .describe(
          `Module periods T_i, fastest first, 1–${MAX_MODULES} of them, each 1–${MAX_PERIOD}.`,
        ),
      unitsPerModule: z
        .int()
        .min(1)
        .max(MAX_UNITS)
        .default(2)
        .describe('Units per module, k (H = g·k).'),
      weights: z
        .enum(['hand', 'seeded'])
        .default('seeded')
        .describe(
          'Hand-set weights (the chapter’s example: U = 1, W blocks 0.5/k) or the engine’s seeded initialisation.',
        ),
      input: z
        .enum(['pulse', 'wave'])
        .default('wave')
        .describe('What the network reads: one pulse x_0 = 1, or a cosine of period 12 steps.'),
      seed: z.int().min(1).max(9999).default(1).describe('Seed of the initial weights.'),
      t: z.int().min(0).max(256).default(0).describe('The step shown, counted from 0.'),
    })
    .refine((p) => p.t < runLength(p.periods), {
      ...settingProblem(
        'the step t must lie inside the run (two turns of the slowest clock)',
        'stepBeyondRun',
      ),
      path: ['t'],
    }),
  presets: {
    exponential: {
      label: { en: 'Exponential: 1, 2, 4, 8 (default)', zh: '指数序列：1, 2, 4, 8（默认）' },
      values: { periods: exponential(4) },
    },
    chapter: {
      label: {
        en: 'The chapter’s example: 1, 2, 4, hand-set W, one pulse',
        zh: '正文的例子：1, 2, 4，手设的 W，一个脉冲',
      },
      values: { periods: exponential(3), unitsPerModule: 1, weights: 'hand', input: 'pulse' },
    },
    six: {
      label: { en: 'Exponential: 1, 2, 4, …, 32', zh: '指数序列：1, 2, 4, …, 32' },
      values: { periods: exponential(6) },
    },
    threes: {
      label: { en: 'Powers of three: 1, 3, 9', zh: '3 的幂：1, 3, 9' },
      values: { periods: [1, 3, 9] },
    },
    srn: {
      label: {
        en: 'Every period 1: an SRN with a block-triangular W',
        zh: '所有周期都为 1：W 为块三角的 SRN',
      },
      values: { periods: [1, 1, 1, 1] },
    },
    count: {
      label: {
        en: 'g = k = 8: the chapter’s parameter count',
        zh: 'g = k = 8：正文里的参数计数',
      },
      values: { periods: exponential(8), unitsPerModule: 8 },
    },
  },
});
