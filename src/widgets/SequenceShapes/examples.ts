import type { Lang } from '../../i18n';
import type { ShapeKind } from './shapes';

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
}

const words = (text: string): Token[] => text.split(' ').map((w) => ({ kind: 'word', text: w }));
const image = (text: string): Token => ({ kind: 'image', text });
/** Five frames of a spoken word, drawn as band loudness (made-up but speech-like contours). */
const audio = (label: string): Token[] =>
  [
    [0.2, 0.5, 0.9, 0.6, 0.3],
    [0.7, 0.9, 0.5, 0.3, 0.2],
    [0.4, 0.8, 0.8, 0.4, 0.2],
    [0.3, 0.6, 0.9, 0.7, 0.4],
    [0.8, 0.6, 0.4, 0.2, 0.1],
  ].map((bands, i) => ({ kind: 'audio', text: `${label} ${i + 1}`, bands }));

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
  speech: {
    en: { kind: 'manyToMany', inputs: audio('sound frame'), outputs: words('h e l l o') },
    zh: { kind: 'manyToMany', inputs: audio('声音帧'), outputs: words('n i h a o') },
  },
};

export function exampleFor(app: Application, lang: Lang): Example {
  return EXAMPLES[app][lang];
}
