// @vitest-environment jsdom
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFigureIndex } from '../content/build/figureIndex';
import { widgetList } from '../widgets/list';
import { oembedDocuments, oembedLinks, oembedPath, type OembedDocument } from './oembed';

const contentDir = path.resolve(__dirname, '../../content');
const BASE = 'https://unrolled.example/course/';

/**
 * The oEmbed spec's rules (https://oembed.com, section 2.3.4): `type` and `version` ("1.0") are
 * required; a thumbnail_url, thumbnail_width or thumbnail_height requires the other two; a
 * `rich` response requires `html`, `width` and `height` (pixels). Returns what a document breaks.
 */
function specProblems(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (doc['version'] !== '1.0') problems.push('version must be "1.0"');
  if (doc['type'] !== 'rich') problems.push('type must be "rich"');
  if (typeof doc['html'] !== 'string' || doc['html'] === '') problems.push('html is required');
  for (const key of ['width', 'height'])
    if (!Number.isInteger(doc[key]) || (doc[key] as number) <= 0)
      problems.push(`${key} must be a positive whole number of pixels`);
  const thumb = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in doc);
  if (thumb.length !== 0 && thumb.length !== 3) problems.push('thumbnail fields come together');
  for (const key of ['title', 'provider_name', 'provider_url', 'thumbnail_url'])
    if (key in doc && typeof doc[key] !== 'string') problems.push(`${key} must be text`);
  return problems;
}

describe('the oEmbed documents', async () => {
  const metas = await Promise.all(widgetList.map((e) => e.loadMeta()));
  const figures = readFigureIndex(contentDir, new Set(metas.map((m) => m.name)));
  const docs = oembedDocuments(BASE, metas, figures, (name) => ({
    path: `oembed/thumbs/${name}.jpg`,
    width: 480,
    height: 303,
  }));
  // What the build writes is JSON: validate what a consumer would parse.
  const parsed = [...docs].map(([file, doc]) => [file, JSON.parse(JSON.stringify(doc))] as const);

  it('cover every figure of every chapter, every widget and every preset, in both languages', () => {
    const presets = metas.reduce((n, m) => n + Object.keys(m.presets).length, 0);
    expect(figures.length).toBeGreaterThan(40);
    expect(docs.size).toBe(figures.length + 2 * (metas.length + presets));
    for (const f of figures) expect(docs.has(oembedPath.figure(f))).toBe(true);
    for (const m of metas) expect(docs.has(oembedPath.widget('zh', m.name))).toBe(true);
  });

  it("each meets the spec's required fields for type rich", () => {
    for (const [file, doc] of parsed) expect(specProblems(doc), file).toEqual([]);
    expect(specProblems({ version: '1.0', type: 'rich', width: 1 })).toContain('html is required');
  });

  it('each html is one iframe to the embed page on the same base, for its own figure', () => {
    for (const [file, doc] of parsed as (readonly [string, OembedDocument])[]) {
      const body = new DOMParser().parseFromString(doc.html, 'text/html').body;
      expect(body.children, file).toHaveLength(1);
      const frame = body.firstElementChild!;
      expect(frame.tagName).toBe('IFRAME');
      const src = new URL(frame.getAttribute('src')!);
      expect(src.toString().startsWith(`${BASE}embed.html?`), file).toBe(true);
      expect(file).toContain(`/${src.searchParams.get('lang')}/`);
      expect(frame.getAttribute('width')).toBe(String(doc.width));
      expect(frame.getAttribute('height')).toBe(String(doc.height));
      expect(doc.provider_url).toBe(BASE);
      expect(doc.thumbnail_url.startsWith(`${BASE}oembed/thumbs/`)).toBe(true);
    }
  });

  it("a chapter figure's frame carries the author's settings; a preset's, its values", () => {
    const stepper = figures.find((f) => f.lang === 'en' && f.id === 'RecurrenceStepper-1')!;
    const doc = docs.get(oembedPath.figure(stepper))!;
    const src = new URL(
      new DOMParser().parseFromString(doc.html, 'text/html').querySelector('iframe')!.src,
    );
    expect(src.searchParams.get('widget')).toBe('RecurrenceStepper');
    expect(src.searchParams.get('word')).toBe(stepper.params['word']);
    expect(doc.title).toBe(`Figure ${stepper.number} — ${stepper.caption}`);
    const preset = docs.get(oembedPath.preset('zh', 'RecurrenceStepper', 'forgetful'))!;
    const presetSrc = new URL(/src="([^"]+)"/.exec(preset.html)![1]!.replace(/&amp;/g, '&'));
    expect(presetSrc.searchParams.get('W')).toBe('0,0,0,0,0,0,0,0,0');
    expect(preset.title).toContain('W = 0：没有记忆');
  });

  it('discovery links name each figure of a chapter page, in order', () => {
    const chapter = figures.filter((f) => f.lang === 'zh' && f.slug === '01-basics');
    const links = oembedLinks(BASE, chapter);
    expect(links.map((l) => l.href)).toEqual(chapter.map((f) => BASE + oembedPath.figure(f)));
    expect(links[0]!.title).toMatch(/^图 1\.1 — /);
  });
});
