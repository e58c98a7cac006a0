import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { widgetList } from '../../widgets/list';
import { contentComponentNames } from '../componentNames';
import { chapterFigures, readFigureIndex } from './figureIndex';
import { remarkChapter } from './remarkChapter';

const root = path.resolve(__dirname, '../../..');
const contentDir = path.join(root, 'content');
const names = new Set(widgetList.map((e) => e.info.name));

/** The ids and numbers the chapter build itself gives the figures (remarkChapter's attributes). */
async function builtFigures(file: string): Promise<[string, string][]> {
  const metas = await Promise.all(widgetList.map((e) => e.loadMeta()));
  const widgets = Object.fromEntries(metas.map((m) => [m.name, m]));
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMath)
    .use(remarkFrontmatter)
    .use(remarkChapter, { widgets, components: contentComponentNames, root });
  const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') });
  const tree = (await processor.run(processor.parse(vfile), vfile)) as Root;
  const out: [string, string][] = [];
  visit(tree, 'mdxJsxFlowElement', (el: MdxJsxFlowElement) => {
    if (!el.name || !names.has(el.name)) return;
    const attr = (n: string) =>
      el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === n)?.value as string;
    out.push([attr('id'), attr('figure')]);
  });
  return out;
}

describe('the figure index', () => {
  const index = readFigureIndex(contentDir, names);

  it('lists every chapter figure with the id and number the chapter build gives it', async () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const slug of ['01-basics', '03-lstm']) {
        const built = await builtFigures(path.join(contentDir, lang, `${slug}.mdx`));
        const listed = index.filter((f) => f.lang === lang && f.slug === slug);
        expect(listed.map((f) => [f.id, f.number])).toEqual(built);
        expect(built.length).toBeGreaterThan(3);
      }
    }
  });

  it('gives both languages the same figures, captions in each language', () => {
    const key = (lang: string) =>
      index.filter((f) => f.lang === lang).map((f) => `${f.slug} ${f.id} ${f.name}`);
    expect(key('zh')).toEqual(key('en'));
    for (const f of index) expect(f.caption, `${f.lang} ${f.id}`).not.toBe('');
    expect(index.find((f) => f.lang === 'zh' && f.caption.length > 0)?.caption).toMatch(
      /[\u4e00-\u9fff]/,
    );
  });

  it("keeps the author's own settings as URL strings, not the host's props", () => {
    const [figure] = chapterFigures(
      `---\npart: 2\n---\n\n<RecurrenceStepper word="abc" W={[0, 1, -0.5]} caption="C" width="page" />\n\n<Unroll id="u" caption="D" />\n`,
      'en',
      '02-x',
      names,
    );
    expect(figure).toEqual({
      lang: 'en',
      slug: '02-x',
      part: 2,
      number: '2.1',
      id: 'RecurrenceStepper-1',
      name: 'RecurrenceStepper',
      caption: 'C',
      params: { word: 'abc', W: '0,1,-0.5' },
    });
  });
});
