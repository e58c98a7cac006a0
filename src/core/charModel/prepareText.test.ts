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

  it('keeps a Chinese vocabulary that covers 99.5% of the text, the rest one "other" symbol', () => {
    const chars = Array.from({ length: 1200 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    // The first 200 characters appear once, the last 1,000 fifty times each (50,200 in all,
    // cut to MAX_TEXT = 20,000: 200 once and 396 fifty times). 99.5% of 20,000 is 19,900:
    // the 396 frequent ones (19,800) and the first 100 single ones (ties by code point).
    const text = chars.map((c, i) => c.repeat(i < 200 ? 1 : 50)).join('');
    const r = prepareText(text, 16);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.coverage).toBeGreaterThanOrEqual(0.995);
    expect(r.value.symbols).toHaveLength(r.value.kept + 1);
    expect(r.value.symbols).toContain(OTHER_SYMBOL);
    expect(r.value.symbols).toContain(chars[300]);
    expect(r.value.symbols).toContain(chars[99]);
    expect(r.value.symbols).not.toContain(chars[100]);
    expect(r.value.distinct).toBe(596);
    expect(r.value.kept).toBe(496);
    expect(r.value.kept).toBeLessThanOrEqual(MAX_SYMBOLS - 1);
  });
});
