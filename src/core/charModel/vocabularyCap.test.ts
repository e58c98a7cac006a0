import { describe, expect, it } from 'vitest';
import { capVocabulary, limitLength, OTHER_SYMBOL } from './vocabularyCap';

describe('capVocabulary', () => {
  it('leaves a text with few symbols alone', () => {
    expect(capVocabulary('abcab', 3)).toEqual({ text: 'abcab', distinct: 3, replaced: 0 });
  });

  it('keeps the max − 1 most frequent symbols, ties by code point, the rest become OTHER', () => {
    // counts: a 4, b 2, c 2, d 1, e 1 → with max 3 keep a and b (b before c on the tie).
    const r = capVocabulary('aaaabbccde', 3);
    expect(r.text).toBe(`aaaabb${OTHER_SYMBOL.repeat(4)}`);
    expect(r.distinct).toBe(5);
    expect(r.replaced).toBe(4);
    expect(new Set(Array.from(r.text)).size).toBe(3);
  });

  it('counts code points, not UTF-16 units', () => {
    const r = capVocabulary('网网网络络😀好', 3);
    expect(Array.from(r.text)).toEqual(['网', '网', '网', '络', '络', OTHER_SYMBOL, OTHER_SYMBOL]);
    expect(r.replaced).toBe(2);
  });

  it('refuses a cap below 2', () => {
    expect(() => capVocabulary('abc', 1)).toThrow(/≥ 2/);
  });
});

describe('limitLength', () => {
  it('cuts on code points', () => {
    expect(limitLength('ab😀cd', 3)).toEqual({ text: 'ab😀', cut: true });
    expect(limitLength('abc', 3)).toEqual({ text: 'abc', cut: false });
  });
});
