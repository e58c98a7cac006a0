import { describe, expect, it } from 'vitest';
import { visibleSymbol } from '../../charts/stateHeatmap';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { problemMessage } from './TextSource';

describe('CharRNN messages', () => {
  it('says "1 character", not "1 characters"', () => {
    const one = problemMessage(en.charRnn, { kind: 'tooShort', length: 1, needed: 11 });
    expect(one).toMatch(/^The text has 1 character; training needs at least 11/);
    expect(problemMessage(en.charRnn, { kind: 'tooShort', length: 3, needed: 11 })).toMatch(
      /^The text has 3 characters;/,
    );
    expect(problemMessage(zh.charRnn, { kind: 'tooShort', length: 1, needed: 11 })).toMatch(
      /^文本只有 1 个字符/,
    );
  });

  it('names invisible characters instead of showing empty quotes', () => {
    expect(visibleSymbol('\u200d')).toBe('⟨ZWJ⟩');
    expect(visibleSymbol('\u200b')).toBe('⟨U+200B⟩');
    expect(visibleSymbol('\u0007')).toBe('⟨U+0007⟩');
    expect(visibleSymbol('\u202e')).toBe('⟨RLO⟩');
    expect(visibleSymbol(' ')).toBe('␣');
    expect(visibleSymbol('é')).toBe('é');
    expect(visibleSymbol('字')).toBe('字');
  });
});
