import type { Vocabulary } from './vocabulary';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const HAN_OR_RUN = /\p{Script=Han}|[^\p{Script=Han}]+/gu;

/**
 * Splits a sentence into the tokens a word-level model reads: lower-cased words of letters and
 * digits (an inner apostrophe stays, as in "don't"), punctuation and spaces dropped. Chinese is
 * written without spaces, so every Han character is a token of its own (character level).
 */
export function sentenceTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    for (const [part] of word.matchAll(HAN_OR_RUN)) tokens.push(part);
  }
  return tokens;
}

/** The distinct tokens, sorted by code units so the order (and so the one-hot index) is stable. */
export function tokenVocabulary(tokens: readonly string[]): Vocabulary {
  const symbols = [...new Set(tokens)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(symbols.map((s, i) => [s, i] as const));
  return {
    symbols,
    indexOf(symbol) {
      const i = index.get(symbol);
      if (i === undefined)
        throw new Error(`token ${JSON.stringify(symbol)} is not in the vocabulary`);
      return i;
    },
  };
}
