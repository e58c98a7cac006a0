import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripMarkup } from './stripMarkup';

describe('stripMarkup', () => {
  it('removes frontmatter, imports, tags, math and Markdown syntax but keeps the words', () => {
    const mdx = [
      '---',
      'title: A chapter',
      '---',
      "import X from './x';",
      '',
      '## The *state* of things',
      '',
      'A **bold** claim with $s_t = \\tanh(W s_{t-1})$ and a [link](https://example.org) <Cite id="elman1990" />.',
      '',
      '$$',
      'E = \\sum_t E_t',
      '$$',
      '',
      '<Planned widget="CharRNN">Watch it',
      'generate.</Planned>',
      '',
      '- one item',
      '- `code` item',
      '<!-- a comment -->',
    ].join('\n');
    expect(stripMarkup(mdx)).toBe(
      'The state of things\nA bold claim with and a link .\nWatch it generate. one item code item',
    );
  });

  it('keeps Chinese text and multi-line JSX attributes vanish', () => {
    const mdx = '<Figure\n  width="page"\n  caption="x">\n循环网络记得过去。\n</Figure>';
    expect(stripMarkup(mdx)).toBe('循环网络记得过去。');
  });

  it('turns the real chapters into plain prose', () => {
    for (const lang of ['en', 'zh']) {
      const raw = readFileSync(path.join(process.cwd(), 'content', lang, '01-basics.mdx'), 'utf8');
      const text = stripMarkup(raw);
      expect(text.length).toBeGreaterThan(2000);
      expect(text).not.toMatch(/[<>$]|^---|import |\*\*/m);
    }
  });
});
