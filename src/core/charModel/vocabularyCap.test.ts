import { describe, expect, it } from 'vitest';
import { capVocabulary, limitLength, OTHER_SYMBOL, VOCABULARY_LIMITS } from './vocabularyCap';

describe('capVocabulary', () => {
  it('leaves a text with few symbols alone', () => {
    expect(capVocabulary('abcab', 3)).toEqual({
      text: 'abcab',
      distinct: 3,
      kept: 3,
      replaced: 0,
      coverage: 1,
    });
  });

  it('keeps the max − 1 most frequent symbols, ties by code point, the rest become OTHER', () => {
    // counts: a 4, b 2, c 2, d 1, e 1 → with max 3 keep a and b (b before c on the tie).
    const r = capVocabulary('aaaabbccde', 3);
    expect(r.text).toBe(`aaaabb${OTHER_SYMBOL.repeat(4)}`);
    expect(r.distinct).toBe(5);
    expect(r.replaced).toBe(4);
    expect(r.kept).toBe(2);
    expect(r.coverage).toBeCloseTo(0.6, 15);
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

describe('capVocabulary by coverage (VOCABULARY_LIMITS)', () => {
  const cjk = (i: number) => String.fromCodePoint(0x4e00 + i);
  it('keeps every symbol of a text with at most `min` distinct symbols', () => {
    const text = Array.from({ length: VOCABULARY_LIMITS.min }, (_, i) => cjk(i)).join('');
    expect(capVocabulary(text).replaced).toBe(0);
  });
  it('keeps the fewest frequent symbols that cover the share, plus one "other" symbol', () => {
    // 300 characters 10 times each (3,000) and 200 once each: 99.5% of 3,200 is 3,184, so
    // the 300 frequent ones (93.75%) and 184 of the rare ones are kept.
    const text =
      Array.from({ length: 300 }, (_, i) => cjk(i).repeat(10)).join('') +
      Array.from({ length: 200 }, (_, i) => cjk(1000 + i)).join('');
    const r = capVocabulary(text, { min: 128, max: 1024, coverage: 0.995 });
    expect(r.kept).toBe(484);
    expect(r.replaced).toBe(16);
    expect(r.coverage).toBeGreaterThanOrEqual(0.995);
    expect(new Set(Array.from(r.text)).size).toBe(485);
  });
  it('never has fewer than `min` nor more than `max` symbols', () => {
    const flat = Array.from({ length: 3000 }, (_, i) => cjk(i)).join('');
    expect(new Set(Array.from(capVocabulary(flat).text)).size).toBe(VOCABULARY_LIMITS.max);
    const skewed = 'a'.repeat(50000) + Array.from({ length: 200 }, (_, i) => cjk(i)).join('');
    expect(new Set(Array.from(capVocabulary(skewed).text)).size).toBe(VOCABULARY_LIMITS.min);
  });
  it('counts a literal U+FFFD in the text as "other", never as a kept symbol', () => {
    const r = capVocabulary(`ab${OTHER_SYMBOL}ab`);
    expect(r.kept).toBe(2);
    expect(r.coverage).toBeCloseTo(0.8, 15);
  });
});

describe('limitLength', () => {
  it('cuts on code points', () => {
    expect(limitLength('ab😀cd', 3)).toEqual({ text: 'ab😀', cut: true });
    expect(limitLength('abc', 3)).toEqual({ text: 'abc', cut: false });
    // More code units than `max` but no more code points: not cut.
    expect(limitLength('😀😀😀', 3)).toEqual({ text: '😀😀😀', cut: false });
  });
  it('cuts a long text to the same prefix as counting every code point would', () => {
    const long = 'a😀bc'.repeat(250_000);
    const r = limitLength(long, 1001);
    expect(r.cut).toBe(true);
    expect(r.text).toBe(Array.from(long).slice(0, 1001).join(''));
  });
});
