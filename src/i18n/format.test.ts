import { describe, expect, it } from 'vitest';
import { format, templateParts } from '.';

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('templateParts', () => {
  it('cuts a template into text and placeholders that join back to it', () => {
    const template = 'Ignored “{key}={raw}”: {reason}.';
    const parts = templateParts(template);
    expect(parts.map((p) => p.name)).toEqual([null, 'key', null, 'raw', null, 'reason', null]);
    expect(parts.map((p) => p.text).join('')).toBe(template);
  });
});
