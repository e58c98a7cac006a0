import { describe, expect, it } from 'vitest';
import { wordVocabulary } from '../../core/embeddings';
import { MAX_PICKED, parseWords } from './words';

const en = wordVocabulary('en');

describe('parseWords', () => {
  it('reads words in either language, separated by spaces or commas, without repeats', () => {
    const p = parseWords(' Cat, dog  狗 面包、eats ');
    expect(p.indices).toEqual(['cat', 'dog', 'bread', 'eats'].map((w) => en.indexOf(w)));
    expect(p.unknown).toEqual([]);
  });

  it('lists the unknown words and keeps the known ones', () => {
    const p = parseWords('cat unicorn dog unicorn <b>');
    expect(p.indices).toEqual([en.indexOf('cat'), en.indexOf('dog')]);
    expect(p.unknown).toEqual(['unicorn', '<b>']);
  });

  it('keeps at most MAX_PICKED words and says so', () => {
    const p = parseWords(en.words.join(' '));
    expect(p.indices).toHaveLength(MAX_PICKED);
    expect(p.truncated).toBe(true);
    expect(parseWords('').indices).toEqual([]);
  });
});
