import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { hostPropNames } from '../../state/hostProps';
import { encodeField } from '../../state/propsCodec';
import type { FigureEntry } from '../figures';
import { literalValue } from './literal';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkFrontmatter);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** An attribute's literal value (the chapter build has already refused anything else). */
function attributeValue(attr: JsxElement['attributes'][number]): unknown {
  if (attr.type !== 'mdxJsxAttribute') return undefined;
  if (attr.value === null || attr.value === undefined) return true;
  if (typeof attr.value === 'string') return attr.value;
  const statement = (attr.value.data?.estree as Program | undefined)?.body[0];
  return statement?.type === 'ExpressionStatement' ? literalValue(statement.expression) : undefined;
}

/**
 * Every figure of one chapter in page order, numbered and named as remarkChapter numbers and
 * names them (`<part>.<k>`, `Name-n` unless the author set an id), with its caption and the
 * author's own settings as URL strings.
 */
export function chapterFigures(
  source: string,
  lang: 'en' | 'zh',
  slug: string,
  widgetNames: ReadonlySet<string>,
): FigureEntry[] {
  const tree = parser.parse(source) as Root;
  const yaml = tree.children.find((n) => n.type === 'yaml');
  const part = Number((parseYaml(yaml?.value ?? '') as { part?: number } | null)?.part ?? 0);
  const counters = new Map<string, number>();
  const out: FigureEntry[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as JsxElement;
    if (!el.name || !widgetNames.has(el.name)) return;
    const given: Record<string, unknown> = {};
    for (const attr of el.attributes)
      if (attr.type === 'mdxJsxAttribute') given[attr.name] = attributeValue(attr);
    const n = (counters.get(el.name) ?? 0) + 1;
    counters.set(el.name, n);
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(given))
      if (!hostPropNames.includes(key)) params[key] = encodeField(value);
    out.push({
      lang,
      slug,
      part,
      number: `${part}.${out.length + 1}`,
      id: typeof given['id'] === 'string' ? given['id'] : `${el.name}-${n}`,
      name: el.name,
      caption: typeof given['caption'] === 'string' ? given['caption'] : '',
      params,
    });
  });
  return out;
}

/** Every figure of every chapter (content/<lang>/<NN-slug>.mdx), chapter by chapter. */
export function readFigureIndex(
  contentDir: string,
  widgetNames: ReadonlySet<string>,
): FigureEntry[] {
  const out: FigureEntry[] = [];
  for (const lang of ['en', 'zh'] as const) {
    for (const name of readdirSync(path.join(contentDir, lang))
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const source = readFileSync(path.join(contentDir, lang, name), 'utf8');
      out.push(...chapterFigures(source, lang, name.replace(/\.mdx$/, ''), widgetNames));
    }
  }
  return out;
}
