import { symbolsOf } from '../vocabulary';

/**
 * The symbol that stands for every symbol beyond the vocabulary cap (U+FFFD, the Unicode
 * replacement character). Chinese text has hundreds of distinct characters; a model's input
 * and output layers grow with the vocabulary, so a small model keeps the most frequent ones.
 */
export const OTHER_SYMBOL = '\uFFFD';

/** The largest vocabulary the character model uses, the "other" symbol included. */
export const MAX_SYMBOLS = 128;

interface CappedText {
  /** The text with every symbol outside the kept set replaced by OTHER_SYMBOL. */
  readonly text: string;
  /** How many distinct symbols the original text has. */
  readonly distinct: number;
  /** How many symbol occurrences were replaced. */
  readonly replaced: number;
}

/**
 * Keeps the `max − 1` most frequent symbols (ties broken by code point, so the result is
 * deterministic) and replaces the rest by OTHER_SYMBOL. A text with at most `max` distinct
 * symbols comes back unchanged.
 */
export function capVocabulary(text: string, max = MAX_SYMBOLS): CappedText {
  if (!Number.isInteger(max) || max < 2)
    throw new Error(`the cap must be an integer ≥ 2, got ${max}`);
  const symbols = symbolsOf(text);
  const counts = new Map<string, number>();
  for (const s of symbols) counts.set(s, (counts.get(s) ?? 0) + 1);
  if (counts.size <= max) return { text, distinct: counts.size, replaced: 0 };
  const kept = new Set(
    [...counts.entries()]
      .filter(([s]) => s !== OTHER_SYMBOL)
      .sort((a, b) => b[1] - a[1] || a[0].codePointAt(0)! - b[0].codePointAt(0)!)
      .slice(0, max - 1)
      .map(([s]) => s),
  );
  let replaced = 0;
  const out = symbols.map((s) => {
    if (kept.has(s)) return s;
    replaced++;
    return OTHER_SYMBOL;
  });
  return { text: out.join(''), distinct: counts.size, replaced };
}

/** Cuts a text to at most `max` code points (never splitting a surrogate pair). */
export function limitLength(text: string, max: number): { text: string; cut: boolean } {
  const symbols = symbolsOf(text);
  if (symbols.length <= max) return { text, cut: false };
  return { text: symbols.slice(0, max).join(''), cut: true };
}
