import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sourceRegion, type SourceRegion } from '../../core/sourceRegions';
import { fail } from './remarkChapter';

/** Attributes the build writes; an author who writes them by hand is told so. */
const FILLED = ['code', 'lines'];

/**
 * Reads `file` (a path from the repository root, inside src/) and returns its region `name`.
 * Throws an Error whose message names what is wrong.
 */
export function readExcerpt(root: string, file: string, name: string): SourceRegion {
  const absolute = path.resolve(root, file);
  if (path.isAbsolute(file) || !absolute.startsWith(path.join(root, 'src') + path.sep))
    throw new Error(`file="${file}" must be a path inside src/, from the repository root`);
  if (!existsSync(absolute)) throw new Error(`file="${file}" does not exist`);
  return sourceRegion(readFileSync(absolute, 'utf8'), name, file);
}

function stringAttribute(el: MdxJsxFlowElement, name: string): string | undefined {
  const attr = el.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/**
 * `<CodeExcerpt file="src/core/handmade/minCharRnn.ts" region="forward" />`: the region's code
 * is read at build time and written into the element as `code`, with its line range as
 * `lines` ("123–140"), so the chapter shows the file as it is. An unknown file or region fails
 * the build with the chapter's file, line and column.
 */
export function remarkCodeExcerpt(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxJsxTextElement', (el: MdxJsxTextElement) => {
      if (el.name === 'CodeExcerpt')
        fail(file, options.root, el, '<CodeExcerpt> is a block: give it a line of its own');
    });
    visit(tree, 'mdxJsxFlowElement', (el: MdxJsxFlowElement) => {
      if (el.name !== 'CodeExcerpt') return;
      const source = stringAttribute(el, 'file');
      const region = stringAttribute(el, 'region');
      if (!source || !region)
        fail(
          file,
          options.root,
          el,
          '<CodeExcerpt> needs file="src/…" and region="name" as plain strings',
        );
      const given = el.attributes.find(
        (a) => a.type === 'mdxJsxAttribute' && FILLED.includes(a.name),
      );
      if (given?.type === 'mdxJsxAttribute')
        fail(
          file,
          options.root,
          el,
          `<CodeExcerpt>: the build fills "${given.name}"; leave it out`,
        );
      let excerpt: SourceRegion;
      try {
        excerpt = readExcerpt(options.root, source, region);
      } catch (e) {
        return fail(file, options.root, el, `<CodeExcerpt>: ${(e as Error).message}`);
      }
      el.attributes.push(
        { type: 'mdxJsxAttribute', name: 'code', value: excerpt.code },
        {
          type: 'mdxJsxAttribute',
          name: 'lines',
          value: `${excerpt.firstLine}–${excerpt.lastLine}`,
        },
      );
    });
  };
}
