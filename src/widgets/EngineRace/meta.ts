import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { engineRaceInfo } from './info';

/** The sizes and batches the main controls offer (the sliders under More settings take any). */
export const RACE_HIDDEN = [16, 100, 256] as const;
export const RACE_BATCH = [1, 8, 32] as const;

export const engineRaceMeta = defineWidget({
  ...engineRaceInfo,
  props: z.object({
    hidden: z.int().min(4).max(512).default(100).describe('Hidden units H of the raced model.'),
    batch: z.int().min(1).max(64).default(1).describe('Windows per training step.'),
    budgetMs: z
      .int()
      .min(50)
      .max(10000)
      .default(1500)
      .describe('Timed training per engine, after the warm-up (ms of running time).'),
    warmup: z
      .int()
      .min(1)
      .max(50)
      .default(3)
      .describe(
        'Steps each engine trains before the timing starts (compiling, first allocations).',
      ),
  }),
  presets: {
    tiny: {
      label: { en: 'Tiny model (H = 16, batch 1)', zh: '小模型（H = 16，批大小 1）' },
      values: { hidden: 16, batch: 1 },
    },
    gist: {
      label: { en: 'min-char-rnn (H = 100, batch 1)', zh: 'min-char-rnn（H = 100，批大小 1）' },
      values: { hidden: 100, batch: 1 },
    },
    large: {
      label: { en: 'Large batch (H = 256, batch 32)', zh: '大批量（H = 256，批大小 32）' },
      values: { hidden: 256, batch: 32 },
    },
  },
});
