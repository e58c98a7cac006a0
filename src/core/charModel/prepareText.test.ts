import { describe, expect, it } from 'vitest';
import { MAX_TEXT, prepareText } from './prepareText';
import { MAX_SYMBOLS, OTHER_SYMBOL } from './vocabularyCap';

describe('prepareText', () => {
  it('refuses empty, blank, too short and one-symbol text', () => {
    expect(prepareText('', 8)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(prepareText('  \n ', 8)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(prepareText('abc', 8)).toEqual({
      ok: false,
      problem: { kind: 'tooShort', length: 3, needed: 9 },
    });
    expect(prepareText('aaaaaaaaaaaa', 8)).toEqual({ ok: false, problem: { kind: 'oneSymbol' } });
  });

  it('cuts huge text to MAX_TEXT code points and says so', () => {
    const r = prepareText('ab'.repeat(MAX_TEXT), 8);
    if (!r.ok) throw new Error('expected ok');
    expect(Array.from(r.value.text)).toHaveLength(MAX_TEXT);
    expect(r.value.cut).toBe(true);
    expect(r.value.originalLength).toBe(2 * MAX_TEXT);
    expect(r.value.symbols).toEqual(['a', 'b']);
  });

  it('caps a vocabulary of hundreds of Chinese characters at MAX_SYMBOLS', () => {
    const chars = Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    // The first 273 characters appear once, the last 127 three times each.
    const text = chars.map((c, i) => c.repeat(i < 273 ? 1 : 3)).join('');
    const r = prepareText(text, 16);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.symbols).toHaveLength(MAX_SYMBOLS);
    expect(r.value.symbols).toContain(OTHER_SYMBOL);
    expect(r.value.symbols).toContain(chars[399]);
    expect(r.value.symbols).not.toContain(chars[0]);
    expect(r.value.distinct).toBe(400);
    expect(r.value.replaced).toBe(273);
  });
});
