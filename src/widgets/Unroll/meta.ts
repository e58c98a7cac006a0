import * as z from 'zod';
import { sentenceTokens } from '../../core/tokens';
import { settingProblem } from '../../state/settingProblem';
import { defineWidget } from '../../state/widgetMeta';
import { unrollInfo } from './info';

/** The longest sentence the figure unrolls (copies beyond this no longer fit a page). */
export const MAX_TOKENS = 12;
export const MAX_SENTENCE_CHARS = 120;

/** Why a typed sentence cannot be read, or null when it can. */
export function sentenceProblem(text: string): 'empty' | 'long' | null {
  if (text.length > MAX_SENTENCE_CHARS) return 'long';
  const n = sentenceTokens(text).length;
  if (n === 0) return 'empty';
  return n > MAX_TOKENS ? 'long' : null;
}

export const unrollMeta = defineWidget({
  ...unrollInfo,
  props: z.object({
    sentence: z
      .string()
      .max(MAX_SENTENCE_CHARS)
      .refine(
        (s) => s === '' || sentenceProblem(s) === null,
        settingProblem(`a sentence needs 1 to ${MAX_TOKENS} words`, 'sentenceWords', {
          max: MAX_TOKENS,
        }),
      )
      .default('')
      .describe(
        `The sentence read, 1–${MAX_TOKENS} words (Chinese: characters). Empty: the preset sentence of the page's language.`,
      ),
    T: z
      .int()
      .min(1)
      .max(MAX_TOKENS)
      .default(6)
      .describe('How many copies the loop unrolls into (at most the number of words).'),
    unrolled: z.boolean().default(true).describe('Unrolled chain (true) or the folded loop.'),
    t: z
      .int()
      .min(0)
      .max(MAX_TOKENS - 1)
      .default(2)
      .describe('The step whose state and equation are shown, counted from 0.'),
    hidden: z.int().min(2).max(6).default(4).describe('Number of hidden units in s_t.'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of the random U, W and V.'),
  }),
  presets: {
    unrolled: {
      label: { en: 'Unrolled over six words (default)', zh: '在六个词上展开（默认）' },
      values: { unrolled: true, T: 6, hidden: 4 },
    },
    folded: {
      label: { en: 'Folded: one cell and its loop', zh: '折叠：一个单元和它的环' },
      values: { unrolled: false, hidden: 4 },
    },
    short: {
      label: { en: 'First three steps', zh: '前三步' },
      values: { unrolled: true, T: 3, t: 2, hidden: 4 },
    },
    wide: {
      label: { en: 'Six hidden units', zh: '六个隐藏单元' },
      values: { unrolled: true, T: 6, hidden: 6 },
    },
  },
});
