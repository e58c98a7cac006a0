import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { codeExportInfo } from './info';

export const codeExportMeta = defineWidget({
  ...codeExportInfo,
  props: z.object({
    cell: z.enum(['srn', 'gru', 'lstm']).default('lstm').describe('The recurrent cell.'),
    task: z
      .enum(['text', 'adding'])
      .default('text')
      .describe(
        'Next character of a sentence of the chapter (softmax), or the adding problem (a linear output).',
      ),
    optimiser: z
      .enum(['sgd', 'momentum', 'rmsprop', 'adam'])
      .default('adam')
      .describe('The optimiser the session and the programs train with.'),
    hidden: z.int().min(2).max(32).default(8).describe('Hidden units.'),
    lr: z.number().min(0.0001).max(1).default(0.01).describe('Learning rate.'),
    clip: z
      .number()
      .min(0)
      .max(10)
      .default(1)
      .describe('Rescale the gradient to this norm when it is longer; 0 turns clipping off.'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of the starting weights.'),
  }),
  presets: {},
});
