import * as z from 'zod';
import { DEFAULT_WAVE_SETTINGS } from '../../core/experiments';
import { CONTROL_POINTS, WAVE_TARGET_KINDS } from '../../core/tasks';
import { defineWidget } from '../../state/widgetMeta';
import { clockworkWaveInfo } from './info';

const d = DEFAULT_WAVE_SETTINGS;

export const clockworkWaveMeta = defineWidget({
  ...clockworkWaveInfo,
  props: z.object({
    budget: z
      .int()
      .min(40)
      .max(1200)
      .default(d.budget)
      .describe('Parameters per network: each gets the hidden size whose exact count is closest.'),
    target: z
      .enum(WAVE_TARGET_KINDS)
      .default(d.target)
      .describe(
        'The target: the multi-timescale stand-in, its slow or fast part, or a drawn curve.',
      ),
    points: z
      .array(z.number().min(-1).max(1))
      .length(CONTROL_POINTS)
      .default([...d.points])
      .describe('The drawn target’s control points, evenly spaced over the 320 steps, in [−1, 1].'),
    modules: z
      .int()
      .min(1)
      .max(9)
      .default(d.modules)
      .describe('Clockwork modules, with periods 1, 2, 4, … 2^(modules − 1).'),
    iterations: z
      .int()
      .min(10)
      .max(5000)
      .default(d.iterations)
      .describe('Training updates of each network (BPTT over the whole sequence).'),
    lr: z.number().min(0.001).max(0.1).default(d.lr).describe('Learning rate of Adam (all three).'),
    seed: z.int().min(1).max(9999).default(d.seed).describe('Seed of the initial weights.'),
  }),
  presets: {
    small: {
      label: { en: 'About 100 parameters', zh: '约 100 个参数' },
      values: { budget: 100 },
    },
    default: {
      label: { en: 'About 250 parameters (default)', zh: '约 250 个参数（默认）' },
      values: { budget: 250 },
    },
    medium: {
      label: { en: 'About 500 parameters', zh: '约 500 个参数' },
      values: { budget: 500 },
    },
    large: {
      label: { en: 'About 1000 parameters (slower)', zh: '约 1000 个参数（较慢）' },
      values: { budget: 1000 },
    },
  },
});
