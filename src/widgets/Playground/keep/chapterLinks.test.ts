import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeProps } from '../../../state/propsCodec';
import { instanceParams } from '../../../state/shareLink';
import { matchingPreset } from '../../../ui/figure';
import { compose } from '../compose';
import { playgroundMeta } from '../meta';

/**
 * Every link from a chapter to the Playground: read from the MDX as a reader's browser would
 * follow it (relative to the chapter's page), its settings decoded as the page decodes them.
 */
const CONTENT = resolve(__dirname, '../../../../content');
const LINK = /\]\(((?:\.\.\/|\/)[^)\s]*playground\/[^)\s]*)\)/g;

interface ChapterLink {
  readonly lang: string;
  readonly chapter: string;
  readonly href: string;
  readonly url: URL;
}

const links: ChapterLink[] = ['en', 'zh'].flatMap((lang) =>
  readdirSync(join(CONTENT, lang))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((file) => {
      const chapter = file.replace(/\.mdx$/, '');
      const page = `https://site.example/${lang}/${chapter}/`;
      const text = readFileSync(join(CONTENT, lang, file), 'utf8');
      return [...text.matchAll(LINK)].map((m) => ({
        lang,
        chapter,
        href: m[1]!,
        url: new URL(m[1]!, page),
      }));
    }),
);

const presetOf = (link: ChapterLink) => {
  const decoded = decodeProps(
    playgroundMeta.props,
    instanceParams(link.url.search, 'Playground'),
    'en',
  );
  return { decoded, preset: matchingPreset(playgroundMeta, decoded.values) };
};

describe('the chapters’ links to the Playground', () => {
  it('go to the Playground page of the chapter’s language, at the figure', () => {
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const link of links) {
      expect(link.url.pathname, link.href).toBe(`/${link.lang}/playground/`);
      expect(link.url.hash, link.href).toBe('#Playground');
    }
  });

  it('carry settings the Playground takes without a complaint, and that it can train', () => {
    for (const link of links) {
      const { decoded } = presetOf(link);
      expect(decoded.issues, link.href).toEqual([]);
      const keys = [...new URLSearchParams(link.url.search).keys()];
      expect(
        keys.every((k) => k.startsWith('Playground.')),
        link.href,
      ).toBe(true);
      expect(compose(decoded.values).ok, link.href).toBe(true);
    }
  });

  it('are the same in both languages, chapter by chapter', () => {
    const hrefs = (lang: string) =>
      links.filter((l) => l.lang === lang).map((l) => `${l.chapter} ${l.href}`);
    expect(hrefs('zh')).toEqual(hrefs('en'));
  });

  it('name the stories where the chapters tell them: the adding problem, the forget-gate bias', () => {
    const named = (chapter: string) =>
      new Set(links.filter((l) => l.chapter === chapter).map((l) => presetOf(l).preset));
    expect([...named('02-training')].sort()).toEqual([
      'lstmBias5',
      'srnAdding',
      'xorBptt',
      'xorEkf',
    ]);
    expect([...named('03-lstm')].sort()).toEqual(['lstmBias0', 'lstmBias5']);
    expect([...named('04-clockwork')].sort()).toEqual(['waveformClockwork', 'waveformSrn']);
    expect(
      links.some(
        (l) => l.chapter === '04-clockwork' && presetOf(l).decoded.values.cell === 'clockwork',
      ),
    ).toBe(true);
  });
});
