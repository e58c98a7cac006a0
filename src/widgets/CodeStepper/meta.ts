import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { codeStepperInfo } from './info';

/** More than the example's stops (83); the view clamps a larger value to the last stop. */
export const MAX_POS = 200;

export const codeStepperMeta = defineWidget({
  ...codeStepperInfo,
  props: z.object({
    seed: z.int().min(1).max(9999).default(1).describe('Seed of the random weights U, W and V.'),
    pos: z
      .int()
      .min(0)
      .max(MAX_POS)
      .default(0)
      .describe(
        'How many lines have run: 0 = none, then one line per step, forward then backward.',
      ),
  }),
  presets: {},
});
