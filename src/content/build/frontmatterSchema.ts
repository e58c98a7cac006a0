import * as z from 'zod';

/** One entry of a chapter's reference list; cited in the text as <Cite id="…" />. */
const referenceSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9]*$/, 'reference ids are lowercase letters and digits'),
  authors: z.string().min(1),
  year: z.number().int().min(1800).max(2100),
  title: z.string().min(1),
  venue: z.string().optional(),
  url: z.url().optional(),
});

export const frontmatterSchema = z.strictObject({
  title: z.string().min(1),
  part: z.number().int().min(1).max(5),
  summary: z.string().min(1),
  /** Reading and playing time for the chapter, in minutes. */
  minutes: z.number().int().min(1).max(240),
  references: z.array(referenceSchema).default([]),
});

export type Reference = z.output<typeof referenceSchema>;
export type Frontmatter = z.output<typeof frontmatterSchema>;
