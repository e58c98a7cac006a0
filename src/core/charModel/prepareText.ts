import { vocabularyOf } from '../vocabulary';
import { capVocabulary, limitLength } from './vocabularyCap';

/** The most text the widget trains on (code points); longer text is cut, with a message. */
export const MAX_TEXT = 20000;

/** What a text-preparation job reads. */
export interface PrepareTextInput {
  readonly raw: string;
  readonly seqLen: number;
}

export type PreparedTextResult =
  | { readonly ok: true; readonly value: PreparedText }
  | { readonly ok: false; readonly problem: TextProblem };

export type TextProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'tooShort'; readonly length: number; readonly needed: number }
  | { readonly kind: 'oneSymbol' };

export interface PreparedText {
  /** What the model trains on: cut to MAX_TEXT and with the vocabulary capped. */
  readonly text: string;
  /** The vocabulary of `text`, sorted by code point (the order of the model's inputs/outputs). */
  readonly symbols: readonly string[];
  /** Code points of the text as given. */
  readonly originalLength: number;
  /** Whether the text was cut to MAX_TEXT. */
  readonly cut: boolean;
  /** Distinct symbols before the cap, how many were kept, and how many occurrences it replaced. */
  readonly distinct: number;
  readonly kept: number;
  readonly replaced: number;
  /** The share of the text's characters the model sees as themselves (not "other"). */
  readonly coverage: number;
}

/**
 * Readies a text for character-level training: cut to MAX_TEXT code points, vocabulary capped
 * by VOCABULARY_LIMITS (the rarest symbols become one "other" symbol), and checked to be long enough
 * for windows of `seqLen` + 1 symbols with at least two distinct symbols.
 */
export function prepareText(raw: string, seqLen: number): PreparedTextResult {
  if (raw.trim().length === 0) return { ok: false, problem: { kind: 'empty' } };
  const originalLength = Array.from(raw).length;
  const limited = limitLength(raw, MAX_TEXT);
  const capped = capVocabulary(limited.text);
  const length = Math.min(originalLength, MAX_TEXT);
  if (length < seqLen + 1)
    return { ok: false, problem: { kind: 'tooShort', length, needed: seqLen + 1 } };
  const symbols = vocabularyOf(capped.text).symbols;
  if (symbols.length < 2) return { ok: false, problem: { kind: 'oneSymbol' } };
  return {
    ok: true,
    value: {
      text: capped.text,
      symbols,
      originalLength,
      cut: limited.cut,
      distinct: capped.distinct,
      kept: capped.kept,
      replaced: capped.replaced,
      coverage: capped.coverage,
    },
  };
}

/** prepareText as a background job: a long text's vocabulary is counted off the main thread. */
export const prepareTextJob = ({ raw, seqLen }: PrepareTextInput): PreparedTextResult =>
  prepareText(raw, seqLen);
