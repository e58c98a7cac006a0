import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { sourceRegion } from '../../core/sourceRegions';
import { mdxOptions } from './mdxOptions';
import { readExcerpt } from './remarkCodeExcerpt';

const root = path.resolve(__dirname, '../../..');
const front = `---
title: "Test"
part: 5
summary: "A test chapter."
minutes: 5
references: []
---
`;
const handmade = 'src/core/handmade/minCharRnn.ts';

async function build(body: string) {
  const vfile = new VFile({ path: path.join(root, 'content/en/99-test.mdx'), value: front + body });
  return String(await compile(vfile, await mdxOptions(root)));
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkFrontmatter);

/** Every <CodeExcerpt file region> of an MDX text, with its line. */
function excerptsIn(text: string): { file: string; region: string; line: number }[] {
  const out: { file: string; region: string; line: number }[] = [];
  visit(parser.parse(text) as Root, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (el.name !== 'CodeExcerpt') return;
    const attr = (name: string) => {
      const a = el.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
      return typeof a?.value === 'string' ? a.value : '';
    };
    out.push({ file: attr('file'), region: attr('region'), line: el.position?.start.line ?? 0 });
  });
  return out;
}

describe('CodeExcerpt', () => {
  it('inlines the region at build time, without its marker lines, naming file and lines', async () => {
    const out = await build(
      `## Code\n\n<CodeExcerpt file="${handmade}" region="one-hot" caption="One-hot." />\n`,
    );
    const region = readExcerpt(root, handmade, 'one-hot');
    expect(region.code).toContain('export function oneHot(');
    expect(out).toContain(JSON.stringify(region.code));
    expect(out).toContain(`"${region.firstLine}–${region.lastLine}"`);
    expect(out).not.toContain('#region');
    expect(out).not.toContain('#endregion');
  });

  it('fails the build with file, line and the regions there are for an unknown region', async () => {
    await expect(
      build(`## Code\n\n<CodeExcerpt file="${handmade}" region="forwrd" />\n`),
    ).rejects.toThrow(
      /content\/en\/99-test\.mdx:10:1: <CodeExcerpt>: src\/core\/handmade\/minCharRnn\.ts has no region "forwrd"; its regions: .*forward/,
    );
  });

  it('fails the build for a missing file, a path outside src/, a non-literal or a hand-written code', async () => {
    await expect(build('<CodeExcerpt file="src/core/nothing.ts" region="a" />\n')).rejects.toThrow(
      /99-test\.mdx:8:1: <CodeExcerpt>: file="src\/core\/nothing\.ts" does not exist/,
    );
    await expect(build('<CodeExcerpt file="../etc/passwd" region="a" />\n')).rejects.toThrow(
      /must be a path inside src\//,
    );
    await expect(build(`<CodeExcerpt file={"${handmade}"} region="forward" />\n`)).rejects.toThrow(
      /needs file="src\/…" and region="name" as plain strings/,
    );
    await expect(
      build(`<CodeExcerpt file="${handmade}" region="forward" code="x" />\n`),
    ).rejects.toThrow(/the build fills "code"/);
    await expect(
      build(`Text <CodeExcerpt file="${handmade}" region="forward" /> inline.\n`),
    ).rejects.toThrow(/is a block/);
  });

  it('finds excerpts in a chapter text', () => {
    expect(excerptsIn(`Intro.\n\n<CodeExcerpt file="${handmade}" region="loss" />\n`)).toEqual([
      { file: handmade, region: 'loss', line: 3 },
    ]);
  });

  it('resolves in every chapter of both languages', () => {
    for (const lang of ['en', 'zh']) {
      const dir = path.join(root, 'content', lang);
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        for (const { file, region, line } of excerptsIn(
          readFileSync(path.join(dir, name), 'utf8'),
        )) {
          expect(
            () => readExcerpt(root, file, region),
            `content/${lang}/${name}:${line}`,
          ).not.toThrow();
        }
      }
    }
  });

  it('has every region the chapter 5 interface promises (notes/P5.md)', () => {
    const promised: Record<string, string[]> = {
      [handmade]: [
        'vocabulary',
        'one-hot',
        'init',
        'forward',
        'loss',
        'backward',
        'clip',
        'adagrad',
        'adam',
        'sample',
        'train-step',
      ],
      'src/core/handmade/gradCheck.ts': ['finite-difference', 'relative-error'],
      'src/core/handmade/gates.ts': ['gate'],
      'src/core/handmade/gruByHand.ts': ['forward', 'backward'],
      'src/core/handmade/lstmByHand.ts': ['forward', 'backward'],
      'src/tf/handmade/charRnnOnTf.ts': ['variables', 'forward-loss', 'train-step', 'dispose'],
      'src/core/handmade/batching.ts': [
        'pad-and-mask',
        'masked-loss',
        'stateful-windows',
        'partition',
        'bits-per-char',
      ],
    };
    for (const [file, regions] of Object.entries(promised)) {
      const source = readFileSync(path.join(root, file), 'utf8');
      for (const region of regions) expect(() => sourceRegion(source, region, file)).not.toThrow();
    }
  });
});
