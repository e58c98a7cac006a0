import * as z from 'zod';

/** Props every widget accepts in MDX besides its own: where it sits and how it is addressed. */
export const hostPropsSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z][\w-]*$/)
    .optional()
    .describe('Instance id: the anchor and the prefix of share-link parameters.'),
  width: z.enum(['body', 'page', 'screen']).default('body').describe('Column the figure spans.'),
  caption: z.string().optional().describe('Caption under the figure.'),
  figure: z
    .string()
    .regex(/^\d+\.\d+$/)
    .optional()
    .describe('Figure number "<part>.<k>", set by the chapter build (an author never writes it).'),
});

export const hostPropNames = Object.keys(hostPropsSchema.shape);
