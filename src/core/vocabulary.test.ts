import { describe, expect, it } from 'vitest';
import { oneHot, symbolsOf, vocabularyOf } from './vocabulary';

describe('vocabulary', () => {
  it('treats code points as symbols: Chinese characters and emoji are one symbol each', () => {
    expect(symbolsOf('循环🙂a')).toEqual(['循', '环', '🙂', 'a']);
    const v = vocabularyOf('hello');
    expect(v.symbols).toEqual(['e', 'h', 'l', 'o']);
    expect(v.indexOf('l')).toBe(2);
    expect(() => v.indexOf('z')).toThrow(/not in the vocabulary/);
  });

  it('builds one-hot vectors and rejects indices outside the vocabulary', () => {
    expect(Array.from(oneHot(2, 4))).toEqual([0, 0, 1, 0]);
    expect(() => oneHot(4, 4)).toThrow(/outside/);
  });
});
