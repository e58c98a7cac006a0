import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWidget } from '../../widgets/list';
import { contentComponentNames } from '../componentNames';

const contentRoot = path.resolve(__dirname, '../../../content');

/** Every capitalised JSX tag in every chapter of both languages, with a file that uses it. */
function tagsInChapters(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const lang of ['en', 'zh']) {
    for (const file of readdirSync(path.join(contentRoot, lang))) {
      if (!file.endsWith('.mdx')) continue;
      const text = readFileSync(path.join(contentRoot, lang, file), 'utf8');
      for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)/g))
        tags.set(match[1]!, `${lang}/${file}`);
    }
  }
  return tags;
}

describe('the chapters', () => {
  it('use only widgets the list registers, besides the content components', () => {
    const others = new Set<string>(contentComponentNames);
    const used = [...tagsInChapters()].filter(([tag]) => !others.has(tag));
    expect(used.length).toBeGreaterThan(5);
    for (const [tag, where] of used) expect(findWidget(tag), `<${tag}> in ${where}`).toBeDefined();
  });
});
