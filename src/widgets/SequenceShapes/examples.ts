import type { Lang } from '../../i18n';
import { BLANK, type ShapeKind } from './shapes';

export const APPLICATIONS = [
  'languageModel',
  'translation',
  'sentiment',
  'captioning',
  'speech',
] as const;
export type Application = (typeof APPLICATIONS)[number];

/** One input or output of an example: a word, a picture (captioning) or a frame of sound. */
export interface Token {
  readonly kind: 'word' | 'image' | 'audio';
  /** The word, or what a screen reader says for a picture or a sound frame. */
  readonly text: string;
  /** For an audio frame: loudness of its frequency bands, each in [0, 1]. */
  readonly bands?: readonly number[];
}

export interface Example {
  readonly kind: ShapeKind;
  readonly inputs: readonly Token[];
  readonly outputs: readonly Token[];
  /** Unaligned (CTC) only: the symbol each step emits, a label or the blank ε. */
  readonly path?: readonly string[];
}

const words = (text: string): Token[] => text.split(' ').map((w) => ({ kind: 'word', text: w }));
const image = (text: string): Token => ({ kind: 'image', text });
/** Eight frames of a spoken word, drawn as band loudness (made-up but speech-like contours). */
const audio = (label: string): Token[] =>
  [
    [0.2, 0.5, 0.9, 0.6, 0.3],
    [0.3, 0.6, 0.8, 0.5, 0.3],
    [0.1, 0.2, 0.2, 0.1, 0.1],
    [0.7, 0.9, 0.5, 0.3, 0.2],
    [0.4, 0.8, 0.8, 0.4, 0.2],
    [0.2, 0.3, 0.3, 0.2, 0.1],
    [0.3, 0.6, 0.9, 0.7, 0.4],
    [0.8, 0.6, 0.4, 0.2, 0.1],
  ].map((bands, i) => ({ kind: 'audio', text: `${label} ${i + 1}`, bands }));
/** A path of per-frame symbols, written with spaces; "_" is the blank. */
const path = (text: string) => text.split(' ').map((p) => (p === '_' ? BLANK : p));

const EXAMPLES: Record<Application, Record<Lang, Example>> = {
  languageModel: {
    en: {
      kind: 'manyToMany',
      inputs: words('the cat sat on the'),
      outputs: words('cat sat on the mat'),
    },
    zh: { kind: 'manyToMany', inputs: words('今 天 天 气 很'), outputs: words('天 天 气 很 好') },
  },
  translation: {
    en: { kind: 'encoderDecoder', inputs: words('the cat sleeps'), outputs: words('le chat dort') },
    zh: { kind: 'encoderDecoder', inputs: words('我 爱 猫'), outputs: words('I love cats') },
  },
  sentiment: {
    en: { kind: 'manyToOne', inputs: words('a truly wonderful film'), outputs: words('positive') },
    zh: { kind: 'manyToOne', inputs: words('这部 电影 真 好看'), outputs: words('正面') },
  },
  captioning: {
    en: {
      kind: 'oneToMany',
      inputs: [image('a photo: a cat on a mat')],
      outputs: words('a cat on a mat'),
    },
    zh: {
      kind: 'oneToMany',
      inputs: [image('一张照片：垫子上的猫')],
      outputs: words('一只 猫 在 垫子 上'),
    },
  },
  // More frames than characters, and no one says which frame is which: CTC's unaligned shape.
  speech: {
    en: {
      kind: 'unaligned',
      inputs: audio('sound frame'),
      outputs: words('h e l l o'),
      path: path('h h _ e l _ l o'),
    },
    zh: {
      kind: 'unaligned',
      inputs: audio('声音帧'),
      outputs: words('谢 谢'),
      path: path('_ 谢 谢 _ _ 谢 _ _'),
    },
  },
};

export function exampleFor(app: Application, lang: Lang): Example {
  return EXAMPLES[app][lang];
}

/**
 * What each step emits, in order: the outputs, or for an unaligned (CTC) example the per-step
 * path of labels and blanks.
 */
export function emittedTokens(example: Example): readonly Token[] {
  return example.path ? example.path.map((text) => ({ kind: 'word', text })) : example.outputs;
}
