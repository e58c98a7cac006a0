import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { mdxOptions } from './mdxOptions';

const root = path.resolve(__dirname, '../../..');
const front = `---
title: "Test"
part: 1
summary: "A test chapter."
minutes: 5
references:
  - id: elman1990
    authors: "Jeffrey L. Elman"
    year: 1990
    title: "Finding structure in time"
---
`;

async function build(body: string, file = 'content/en/99-test.mdx') {
  const vfile = new VFile({ path: path.join(root, file), value: front + body });
  return String(await compile(vfile, await mdxOptions(root)));
}

describe('the chapter pipeline', () => {
  it('typesets math at build time and exports frontmatter and the table of contents', async () => {
    const out = await build(
      '## What RNNs are\n\nThe state $s_t$ changes.\n\n### An aside\n\n$$\nx^2\n$$\n',
    );
    expect(out).toContain('katex');
    expect(out).toMatch(/export const frontmatter = \{/);
    expect(out).toMatch(/export const toc = \[/);
    expect(out).toContain('"what-rnns-are"');
    expect(out).toContain('"an-aside"');
  });

  it('hands each display equation to MathDisplay (focusable when it scrolls), inline math not', async () => {
    const out = await build('## A\n\nThe state $s_t$ and\n\n$$\nx^2\n$$\n\nthen\n\n$$\ny\n$$\n');
    // Two display equations, each wrapping its own KaTeX rendering; no bare katex-display left.
    expect(
      out.match(
        /_jsxs?\(MathDisplay, \{\s*children: _jsxs?\(_components\.span, \{\s*className: "katex"/g,
      ),
    ).toHaveLength(2);
    expect(out).not.toContain('katex-display');
    expect(out).toContain('className: "katex"');
  });

  it('renders GFM tables and footnotes', async () => {
    const out = await build(
      '## A\n\n| x | y |\n| - | - |\n| 1 | 2 |\n\nA claim.[^1]\n\n[^1]: Its source.\n',
    );
    expect(out).toContain('"table"');
    expect(out).toMatch(/dataFootnotes|data-footnotes/);
    expect(out).toContain('Its source.');
  });

  it('fails with file and line on a KaTeX error', async () => {
    await expect(build('## A\n\nfine\n\n$\\frac{1}{$ broken\n')).rejects.toThrow(
      /content\/en\/99-test\.mdx:16:1: KaTeX: .*(Expected|Unexpected)/,
    );
  });

  it('fails with file and line on a widget prop outside its range', async () => {
    await expect(build('## A\n\n<RecurrenceStepper uScale={9} />\n')).rejects.toThrow(
      /content\/en\/99-test\.mdx:14:1: <RecurrenceStepper>: .*uScale/s,
    );
  });

  it('refuses unknown props, computed props and unknown components', async () => {
    await expect(build('<RecurrenceStepper colour="red" />\n')).rejects.toThrow(
      /99-test\.mdx:12:1: .*colour/,
    );
    await expect(build('<RecurrenceStepper uScale={1 + 1} />\n')).rejects.toThrow(
      /only literal values/,
    );
    await expect(build('<RecurrenceSteper />\n')).rejects.toThrow(
      /unknown component <RecurrenceSteper>/,
    );
  });

  it('accepts valid props and numbers widget instances in page order', async () => {
    const out = await build(
      '<RecurrenceStepper word="cat" W={[0,0,0,0,0,0,0,0,0]} />\n\n<RecurrenceStepper width="page" />\n',
    );
    expect(out).toContain('"RecurrenceStepper-1"');
    expect(out).toContain('"RecurrenceStepper-2"');
  });

  it('numbers every widget of the chapter "<part>.<k>" in page order and resolves <FigRef>', async () => {
    const out = await build(
      'See <FigRef to="steps" />.\n\n<Unroll />\n\n<RecurrenceStepper id="steps" caption="Stepping." />\n\nAs <FigRef to="Unroll-1" /> shows.\n',
    );
    expect(out).toMatch(/id: "Unroll-1",\s*figure: "1\.1"/);
    expect(out).toMatch(/export const figureIds = \["Unroll-1", "steps"\]/);
    expect(out).toMatch(/id: "steps",\s*caption: "Stepping\.",\s*figure: "1\.2"/);
    expect(out).toMatch(/FigRef, \{\s*to: "steps",\s*n: "1\.2"/);
    expect(out).toMatch(/FigRef, \{\s*to: "Unroll-1",\s*n: "1\.1"/);
    await expect(build('<Unroll />\n\n<FigRef to="Unroll-2" />\n')).rejects.toThrow(
      /14:1: <FigRef to="Unroll-2"> names no figure of this chapter; figures: Unroll-1/,
    );
    await expect(build('<Unroll figure="9.9" />\n')).rejects.toThrow(/the build numbers figures/);
  });

  it('refuses citations of references the chapter does not list', async () => {
    await expect(build('As shown <Cite id="elman1990" />.\n')).resolves.toBeTruthy();
    await expect(build('As shown <Cite id="jordan1986" />.\n')).rejects.toThrow(
      /12:\d+: <Cite id="jordan1986">/,
    );
  });

  it('validates the frontmatter', async () => {
    const vfile = new VFile({
      path: path.join(root, 'content/en/98.mdx'),
      value: '---\ntitle: x\npart: 9\n---\nHi\n',
    });
    await expect(compile(vfile, await mdxOptions(root))).rejects.toThrow(
      /98\.mdx:1:1: frontmatter: .*part/s,
    );
  });

  it('makes a Chinese chapter mirror the headings of its English twin and reuse its anchors', async () => {
    const zh = (body: string) => build(body, 'src/content/build/fixtures/content/zh/99-mirror.mdx');
    const out = await zh('## 循环神经网络是什么\n\n### 独热向量\n\n## 小结\n');
    expect(out).toContain('"what-rnns-are"');
    expect(out).toContain('"one-hot-vectors"');
    expect(out).toContain('"summary"');
    await expect(zh('## 循环神经网络是什么\n\n## 小结\n')).rejects.toThrow(
      /99-mirror\.mdx:12:1: headings must mirror .*en has \[2,3,2\], zh has \[2,2\]/,
    );
    await expect(build('## 无\n', 'content/zh/99-orphan.mdx')).rejects.toThrow(
      /needs its English twin content\/en\/99-orphan\.mdx/,
    );
  });
});
