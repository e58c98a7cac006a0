import { type GrammarLang, wordVocabulary } from '../../core/embeddings';

/** At most this many of the reader's words are compared (the matrices stay readable). */
export const MAX_PICKED = 8;

export interface PickedWords {
  /** Vocabulary indices of the known words, in the reader's order, without repeats. */
  readonly indices: number[];
  /** Words typed that are not in the vocabulary (in either language). */
  readonly unknown: string[];
  /** More known words were typed than are shown. */
  readonly truncated: boolean;
}

const en = wordVocabulary('en');
const zh = wordVocabulary('zh');

/**
 * The reader's words: split on spaces and commas (also the Chinese 、 and ，), matched
 * case-insensitively against the vocabulary in either language.
 */
export function parseWords(text: string): PickedWords {
  const tokens = text
    .split(/[\s,，、;；]+/u)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  const indices: number[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const i = en.indexOf(token) >= 0 ? en.indexOf(token) : zh.indexOf(token);
    if (i < 0) {
      if (!unknown.includes(token)) unknown.push(token);
    } else if (!indices.includes(i)) indices.push(i);
  }
  return {
    indices: indices.slice(0, MAX_PICKED),
    unknown,
    truncated: indices.length > MAX_PICKED,
  };
}

/** The words of the vocabulary in a language. */
export function wordsIn(lang: GrammarLang): readonly string[] {
  return lang === 'zh' ? zh.words : en.words;
}
