import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { stringsFor } from '../i18n';
import { notationRows } from './notationRows';

describe('the notation table', () => {
  it('typesets every symbol and every d2l name without a KaTeX error', () => {
    for (const row of notationRows)
      for (const tex of [row.tex, row.d2l].filter(Boolean))
        expect(() => katex.renderToString(tex, { throwOnError: true }), tex).not.toThrow();
  });

  it('has one row per meaning in both languages, no row twice and no meaning left over', () => {
    const ids = notationRows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of ['en', 'zh'] as const)
      expect(Object.keys(stringsFor(lang).notation.meanings).sort()).toEqual([...ids].sort());
  });

  it('writes the elementwise product as ⊙ and the GRU candidate as s̃, as the chapters do', () => {
    const tex = (id: string) => notationRows.find((r) => r.id === id)!.tex;
    expect(tex('odot')).toBe('\\odot');
    expect(tex('candidate')).toBe('\\tilde{s}_t');
  });

  it('is the notation of every chapter: no ∘ (\\circ) left beside ⊙', () => {
    for (const lang of ['en', 'zh']) {
      const dir = path.resolve(__dirname, '../../content', lang);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')))
        expect(readFileSync(path.join(dir, file), 'utf8'), `${lang}/${file}`).not.toMatch(
          /\\circ\b|∘/,
        );
    }
  });
});
