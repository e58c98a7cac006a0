import * as z from 'zod';
import { CHECK_CELLS } from '../../core/gradientCheck';
import { defineWidget } from '../../state/widgetMeta';
import { gradientCheckInfo } from './info';

export const gradientCheckMeta = defineWidget({
  ...gradientCheckInfo,
  props: z.object({
    cell: z.enum(CHECK_CELLS).default('srn').describe('The cell whose gradient is checked.'),
    hidden: z.int().min(2).max(32).default(8).describe('H: hidden units.'),
    steps: z.int().min(2).max(40).default(12).describe('T: characters in the window.'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of the weights and the text.'),
    h: z
      .number()
      .min(1e-10)
      .max(0.1)
      .default(1e-5)
      .describe('The finite-difference step h, the same in float64 and float32.'),
    perBlock: z
      .int()
      .min(4)
      .max(200)
      .default(40)
      .describe('Most entries checked per block; larger blocks are sampled.'),
  }),
  presets: {
    chapter: {
      label: { en: 'The chapter’s check (h = 10⁻⁵)', zh: '正文的检验（h = 10⁻⁵）' },
      values: { h: 1e-5 },
    },
    float32Best: {
      label: {
        en: 'A step float32 can live with (h = 10⁻²)',
        zh: 'float32 能承受的步长（h = 10⁻²）',
      },
      values: { h: 1e-2 },
    },
    tooSmall: {
      label: { en: 'Too small even for float64 (h = 10⁻⁹)', zh: '对 float64 也太小（h = 10⁻⁹）' },
      values: { h: 1e-9 },
    },
  },
});
