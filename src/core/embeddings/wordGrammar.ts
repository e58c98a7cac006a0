import { createRng, type Rng } from '../rng';

/**
 * A toy grammar of short sentences whose words fall into roles, after the word-order experiment
 * of Elman (1990, "Finding structure in time", §5): nouns of several kinds (people, animals,
 * foods, breakable things) and verbs of several kinds (eating, motion, perception, breaking),
 * strung into sentences by templates such as PERSON EAT FOOD or ANIMAL MOTION. The sentences
 * run together with no boundary marker, as in Elman's stream. A network that predicts the next
 * word can only tell which words behave alike from the contexts they appear in — which is what
 * its learned embeddings end up showing.
 */
export type Category =
  'person' | 'animal' | 'food' | 'thing' | 'eat' | 'motion' | 'perceive' | 'break';

export const CATEGORIES: readonly Category[] = [
  'person',
  'animal',
  'food',
  'thing',
  'eat',
  'motion',
  'perceive',
  'break',
];

export type GrammarLang = 'en' | 'zh';

/** Words by category, in English and Chinese (index k of a category is the same word). */
export const LEXICON: Readonly<Record<Category, Readonly<Record<GrammarLang, readonly string[]>>>> =
  {
    person: { en: ['man', 'woman', 'boy', 'girl'], zh: ['男人', '女人', '男孩', '女孩'] },
    animal: { en: ['cat', 'dog', 'mouse', 'lion'], zh: ['猫', '狗', '老鼠', '狮子'] },
    food: { en: ['bread', 'cookie', 'apple', 'rice'], zh: ['面包', '饼干', '苹果', '米饭'] },
    thing: { en: ['glass', 'plate', 'cup', 'vase'], zh: ['玻璃', '盘子', '杯子', '花瓶'] },
    eat: { en: ['eats', 'chews'], zh: ['吃', '嚼'] },
    motion: { en: ['walks', 'runs', 'jumps'], zh: ['走', '跑', '跳'] },
    perceive: { en: ['sees', 'smells'], zh: ['看见', '闻到'] },
    break: { en: ['breaks', 'smashes'], zh: ['打破', '摔碎'] },
  };

/** Sentence templates: each slot is drawn from one of the listed categories. */
export const TEMPLATES: readonly (readonly (readonly Category[])[])[] = [
  [['person'], ['eat'], ['food']],
  [['animal'], ['eat'], ['food']],
  [['person'], ['motion']],
  [['animal'], ['motion']],
  [['person'], ['perceive'], ['person', 'animal', 'thing', 'food']],
  [['animal'], ['perceive'], ['person', 'animal', 'food']],
  [['person'], ['break'], ['thing']],
];

interface WordVocabulary {
  /** Every word, grouped by category in CATEGORIES order. */
  readonly words: readonly string[];
  /** The category of each word. */
  readonly categories: readonly Category[];
  indexOf(word: string): number;
}

export function wordVocabulary(lang: GrammarLang): WordVocabulary {
  const words: string[] = [];
  const categories: Category[] = [];
  for (const c of CATEGORIES) {
    for (const w of LEXICON[c][lang]) {
      words.push(w);
      categories.push(c);
    }
  }
  const index = new Map(words.map((w, i) => [w, i]));
  return { words, categories, indexOf: (w) => index.get(w) ?? -1 };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng.next() * items.length)]!;

/**
 * `count` sentences as word indices into wordVocabulary(…) (the same for both languages:
 * the Chinese and English words of a category share their index).
 */
export function generateSentences(count: number, rng: Rng): number[][] {
  const vocab = wordVocabulary('en');
  const start = new Map<Category, number>();
  vocab.categories.forEach((c, i) => {
    if (!start.has(c)) start.set(c, i);
  });
  const sentences: number[][] = [];
  for (let n = 0; n < count; n++) {
    const template = pick(rng, TEMPLATES);
    sentences.push(
      template.map((slot) => {
        const c = pick(rng, slot);
        return start.get(c)! + Math.floor(rng.next() * LEXICON[c].en.length);
      }),
    );
  }
  return sentences;
}

/** The sentences of a seeded corpus run together into one stream of word indices. */
export function corpusStream(sentences: number, seed: number): number[] {
  return generateSentences(sentences, createRng(seed)).flat();
}
