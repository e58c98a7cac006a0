import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentComponentNames } from '../content/componentNames';
import { fieldKind } from '../state/propsCodec';
import { findWidget, widgetList } from './list';

const contentRoot = path.resolve(__dirname, '../../content');

/** Capitalised JSX tags used in every chapter, in both languages. */
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

describe('the widget list', () => {
  it('names each widget once, and its meta agrees with its info', async () => {
    const names = widgetList.map((entry) => entry.info.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of widgetList) {
      const meta = await entry.loadMeta();
      expect(meta.name).toBe(entry.info.name);
      expect(meta.title).toEqual(entry.info.title);
      expect(meta.description).toEqual(entry.info.description);
      expect(findWidget(entry.info.name)).toBe(entry);
    }
    expect(findWidget('NoSuchWidget')).toBeUndefined();
  });

  it('resolves every widget a chapter uses', () => {
    const others = new Set<string>(contentComponentNames);
    const used = [...tagsInChapters()].filter(([tag]) => !others.has(tag));
    expect(used.length).toBeGreaterThan(5);
    for (const [tag, where] of used) expect(findWidget(tag), `<${tag}> in ${where}`).toBeDefined();
  });

  it('loads a component for every widget', async () => {
    for (const entry of widgetList) {
      const module = await entry.loadWidget();
      expect(typeof module.default).toBe('function');
    }
  }, 30_000);

  it('gives every widget defaults that satisfy its schema, and presets that do too', async () => {
    for (const entry of widgetList) {
      const meta = await entry.loadMeta();
      const defaults = meta.props.parse({});
      for (const key of Object.keys(meta.props.shape)) fieldKind(meta.props.shape[key]!);
      for (const preset of Object.values(meta.presets)) {
        expect(meta.props.safeParse({ ...defaults, ...preset.values }).success).toBe(true);
      }
    }
  });
});
