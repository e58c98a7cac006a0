import { symbolsOf } from '../vocabulary';

/**
 * The symbol that stands for every symbol beyond the vocabulary cap. Internally it is U+FFFD
 * (the Unicode replacement character, which real text should not contain); no reader ever sees
 * it: the figure shows it as a named placeholder (⟨other⟩ / ⟨其他⟩).
 */
export const OTHER_SYMBOL = '\uFFFD';

/**
 * How the vocabulary scales with the text. A model's input and output layers grow with the
 * vocabulary V (an LSTM with H units has (4H + H + 1)·V of its weights there, and the output
 * layer's V·H products dominate a training step once V ≫ 4H), so rare symbols are pooled into
 * one "other" symbol — but only as many as the text can spare:
 * - a text with at most MIN_SYMBOLS distinct symbols (any alphabetic text) keeps them all;
 * - otherwise (Chinese, Japanese …) the most frequent symbols are kept until they cover
 *   COVERAGE of the text's characters, then one "other" symbol for the rest;
 * - never more than MAX_SYMBOLS symbols: a 20,000-character Chinese text has about a thousand
 *   distinct characters, and this figure's chapter (9,600 characters, 767 distinct) needs 673
 *   for 99%.
 */
export const VOCABULARY_LIMITS = { min: 128, max: 1024, coverage: 0.995 } as const;

/** The largest vocabulary the character model uses, the "other" symbol included. */
export const MAX_SYMBOLS = VOCABULARY_LIMITS.max;

export interface VocabularyLimits {
  readonly min: number;
  readonly max: number;
  /** The share of the text's characters the kept symbols should cover, in (0, 1]. */
  readonly coverage: number;
}

interface CappedText {
  /** The text with every symbol outside the kept set replaced by OTHER_SYMBOL. */
  readonly text: string;
  /** How many distinct symbols the original text has. */
  readonly distinct: number;
  /** How many distinct symbols were kept as themselves (OTHER_SYMBOL not counted). */
  readonly kept: number;
  /** How many symbol occurrences were replaced. */
  readonly replaced: number;
  /** The share of the text's characters that are kept symbols (not "other"). */
  readonly coverage: number;
}

/** Symbol counts, most frequent first (ties by code point, so the order is deterministic). */
function rankedCounts(symbols: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of symbols) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].codePointAt(0)! - b[0].codePointAt(0)!,
  );
}

/**
 * The vocabulary size (the "other" symbol included) the limits give a text with `distinct`
 * symbols whose real symbols' counts, most frequent first, are `ranked` (a literal
 * OTHER_SYMBOL in the text not among them).
 */
function sizeFor(
  ranked: readonly number[],
  distinct: number,
  total: number,
  limits: VocabularyLimits,
): number {
  if (distinct <= limits.min) return distinct;
  let covered = 0;
  let k = 0;
  while (k < ranked.length && covered < limits.coverage * total) covered += ranked[k++]!;
  // k symbols reach the coverage; one more slot holds "other" (and all of them fit: distinct).
  const size = k === ranked.length ? distinct : k + 1;
  return Math.min(limits.max, Math.max(limits.min, size));
}

/**
 * Keeps the most frequent symbols of a text and replaces the rest by OTHER_SYMBOL. `limit` is
 * either the vocabulary size (the "other" symbol included, ≥ 2) or the limits that choose it
 * from the text (VOCABULARY_LIMITS by default). A text whose distinct symbols fit comes back
 * unchanged; a literal OTHER_SYMBOL in the text counts as "other".
 */
export function capVocabulary(
  text: string,
  limit: number | VocabularyLimits = VOCABULARY_LIMITS,
): CappedText {
  if (typeof limit === 'number' && (!Number.isInteger(limit) || limit < 2))
    throw new Error(`the cap must be an integer ≥ 2, got ${limit}`);
  const symbols = symbolsOf(text);
  const ranked = rankedCounts(symbols);
  const real = ranked.filter(([s]) => s !== OTHER_SYMBOL);
  const total = symbols.length;
  const size =
    typeof limit === 'number'
      ? limit
      : sizeFor(
          real.map(([, n]) => n),
          ranked.length,
          total,
          limit,
        );
  if (ranked.length <= size) {
    const literalOther = total - real.reduce((sum, [, n]) => sum + n, 0);
    return {
      text,
      distinct: ranked.length,
      kept: real.length,
      replaced: 0,
      coverage: total === 0 ? 1 : 1 - literalOther / total,
    };
  }
  const kept = new Set(real.slice(0, size - 1).map(([s]) => s));
  let replaced = 0;
  const out = symbols.map((s) => {
    if (kept.has(s)) return s;
    replaced++;
    return OTHER_SYMBOL;
  });
  return {
    text: out.join(''),
    distinct: ranked.length,
    kept: kept.size,
    replaced,
    coverage: 1 - replaced / total,
  };
}

/**
 * Cuts a text to at most `max` code points (never splitting a surrogate pair). It walks only
 * the kept part, so cutting a 5 MB paste costs no more than cutting a short one.
 */
export function limitLength(text: string, max: number): { text: string; cut: boolean } {
  // A text has at least as many code units as code points.
  if (text.length <= max) return { text, cut: false };
  let end = 0;
  for (let kept = 0; kept < max && end < text.length; kept++)
    end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return end >= text.length ? { text, cut: false } : { text: text.slice(0, end), cut: true };
}
