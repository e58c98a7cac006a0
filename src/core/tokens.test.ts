import { describe, expect, it } from 'vitest';
import { sentenceTokens, tokenVocabulary } from './tokens';

describe('sentenceTokens', () => {
  it('reads lower-cased words and drops punctuation and spaces', () => {
    expect(sentenceTokens('The cat sat on the mat.')).toEqual([
      'the',
      'cat',
      'sat',
      'on',
      'the',
      'mat',
    ]);
    expect(sentenceTokens("  Don't   PANIC!! ")).toEqual(["don't", 'panic']);
    expect(sentenceTokens('Größe 42, très bien')).toEqual(['größe', '42', 'très', 'bien']);
  });

  it('reads Chinese one character at a time, and Latin words inside it as words', () => {
    expect(sentenceTokens('今天天气很好。')).toEqual(['今', '天', '天', '气', '很', '好']);
    expect(sentenceTokens('我爱RNN模型')).toEqual(['我', '爱', 'rnn', '模', '型']);
  });

  it('gives nothing for text with no word in it', () => {
    expect(sentenceTokens('')).toEqual([]);
    expect(sentenceTokens(' ?! … ')).toEqual([]);
  });
});

describe('tokenVocabulary', () => {
  it('numbers the distinct tokens in a stable order', () => {
    const v = tokenVocabulary(['the', 'cat', 'sat', 'on', 'the', 'mat']);
    expect(v.symbols).toEqual(['cat', 'mat', 'on', 'sat', 'the']);
    expect(v.indexOf('the')).toBe(4);
    expect(() => v.indexOf('dog')).toThrow(/not in the vocabulary/);
  });
});
