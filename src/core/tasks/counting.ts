import type { Rng } from '../rng';
import { oneHot } from '../vocabulary';
import { randomInt } from './random';
import type { Sample, Task } from './types';
import { requireChoice, requireInt } from './validate';

/**
 * The counting languages aⁿbⁿ and aⁿbⁿcⁿ as next-symbol prediction (Gers & Schmidhuber 2001;
 * Weiss, Goldberg & Yahav 2018 use the same languages). A string is S aⁿ bⁿ (cⁿ); the end
 * symbol E is never read, only predicted. While the a's come, the next symbol could be another
 * a or the first b, so those steps carry no target; from the first b on the rest of the string
 * is fixed by n, and every step asks for the next symbol: b until n b's are read, then (aⁿbⁿcⁿ)
 * c until n c's, then E. Getting those right for every n is exactly counting.
 */
export type CountingLanguage = 'anbn' | 'anbncn';

/** Input and output symbols, in the order of the one-hot units. */
export const COUNTING_SYMBOLS = ['S', 'a', 'b', 'c', 'E'] as const;
const [S, A, B, C, E] = [0, 1, 2, 3, 4];
const V = COUNTING_SYMBOLS.length;

/** How many letter blocks a string of the language has (2 for aⁿbⁿ, 3 for aⁿbⁿcⁿ). */
export const countingBlocks = (language: CountingLanguage): number => (language === 'anbn' ? 2 : 3);

/** The string S aⁿ bⁿ (cⁿ) as symbol indices, and its next-symbol targets (null where free). */
export function countingSymbols(
  language: CountingLanguage,
  n: number,
): { readonly ids: number[]; readonly targets: (number | null)[] } {
  requireInt('n', n, 1);
  const blocks = countingBlocks(language);
  const ids = [S];
  for (const letter of [A, B, C].slice(0, blocks)) for (let k = 0; k < n; k++) ids.push(letter);
  const targets = ids.map((_, t) => {
    // Position t = n + 1 holds the first b: from there on the continuation is fixed.
    if (t <= n) return null;
    return t + 1 < ids.length ? ids[t + 1]! : E;
  });
  return { ids, targets };
}

/** The one-hot sample of the string with this n. */
export function countingSample(language: CountingLanguage, n: number): Sample {
  const { ids, targets } = countingSymbols(language, n);
  return { inputs: ids.map((i) => oneHot(i, V)), targets };
}

/** aⁿbⁿ or aⁿbⁿcⁿ with n uniform in minN..maxN. */
export function countingTask(language: CountingLanguage, maxN: number, minN = 1): Task {
  requireChoice(
    'language',
    language,
    ['anbn', 'anbncn'],
    `language must be 'anbn' or 'anbncn', got ${String(language)}`,
  );
  requireInt('minN', minN, 1);
  requireInt('maxN', maxN, minN);
  return {
    name: language,
    inputSize: V,
    outputSize: V,
    kind: 'class',
    symbols: COUNTING_SYMBOLS,
    sample: (rng: Rng) => countingSample(language, randomInt(rng, minN, maxN)),
  };
}
