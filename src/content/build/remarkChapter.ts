import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Program } from 'estree';
import { valueToEstree } from 'estree-util-value-to-estree';
import type { Heading, Root, Yaml } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { hostPropNames, hostPropsSchema } from '../../state/hostProps';
import type { WidgetMeta } from '../../state/widgetMeta';
import type { Frontmatter, TocEntry } from '../frontmatter';
import { frontmatterSchema } from './frontmatterSchema';
import { literalValue } from './literal';
import { uniqueSlugs } from './slug';

interface ChapterPluginOptions {
  /** Widgets by name (their metas, loaded from the widget list), to validate their props. */
  readonly widgets: Readonly<Record<string, WidgetMeta>>;
  /** Components the MDX component map provides besides widgets. */
  readonly components: readonly string[];
  /** Repository root, to print paths relative to it. */
  readonly root: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
export type Positioned = { position?: { start: { line: number; column: number } } | undefined };

/** Fails the build with `file:line:column: message` so an author can jump to the problem. */
export function fail(
  file: VFile,
  root: string,
  node: Positioned | undefined,
  message: string,
): never {
  const where = node?.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
  const rel = file.path ? path.relative(root, file.path) : '<mdx>';
  const error = new Error(`${rel}${where}: ${message}`);
  error.name = 'ChapterError';
  throw error;
}

function headingsOf(tree: Root): Heading[] {
  const out: Heading[] = [];
  visit(tree, 'heading', (h) => {
    out.push(h);
  });
  return out;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkFrontmatter);

function englishTwin(file: VFile): string | null {
  if (!file.path) return null;
  const parts = file.path.split(path.sep);
  const i = parts.lastIndexOf('zh');
  if (i < 0 || parts[i - 1] !== 'content') return null;
  parts[i] = 'en';
  return parts.join(path.sep);
}

function readFrontmatter(tree: Root, file: VFile, root: string): Frontmatter {
  const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (!yaml)
    fail(
      file,
      root,
      undefined,
      'a chapter starts with YAML frontmatter (title, part, summary, minutes, references)',
    );
  const parsed = frontmatterSchema.safeParse(parseYaml(yaml.value));
  if (!parsed.success)
    fail(file, root, yaml, `frontmatter: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  return parsed.data;
}

function attributes(el: JsxElement, file: VFile, root: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const attr of el.attributes) {
    if (attr.type !== 'mdxJsxAttribute')
      fail(file, root, el, `<${el.name}> cannot take spread props`);
    out[attr.name] = attributeValue(attr, el, file, root);
  }
  return out;
}

function attributeValue(attr: MdxJsxAttribute, el: JsxElement, file: VFile, root: string): unknown {
  if (attr.value === null || attr.value === undefined) return true;
  if (typeof attr.value === 'string') return attr.value;
  const program = attr.value.data?.estree as Program | undefined;
  const statement = program?.body[0];
  if (!statement || statement.type !== 'ExpressionStatement') {
    fail(file, root, el, `<${el.name}> prop "${attr.name}" must be a literal value`);
  }
  try {
    return literalValue(statement.expression);
  } catch (e) {
    return fail(file, root, el, `<${el.name}> prop "${attr.name}": ${(e as Error).message}`);
  }
}

function hasAttribute(el: JsxElement, name: string): boolean {
  return el.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

function checkWidget(el: JsxElement, meta: WidgetMeta, file: VFile, root: string): void {
  const given = attributes(el, file, root);
  const hostGiven = Object.fromEntries(
    Object.entries(given).filter(([k]) => hostPropNames.includes(k)),
  );
  const ownGiven = Object.fromEntries(
    Object.entries(given).filter(([k]) => !hostPropNames.includes(k)),
  );
  const host = hostPropsSchema.safeParse(hostGiven);
  if (!host.success)
    fail(file, root, el, `<${el.name}>: ${z.prettifyError(host.error).replace(/\n/g, ' ')}`);
  const own = meta.props.strict().safeParse(ownGiven);
  if (!own.success)
    fail(file, root, el, `<${el.name}>: ${z.prettifyError(own.error).replace(/\n/g, ' ')}`);
}

/** `export const <name> = <value>;` as an MDX ESM node. */
function constExport(name: string, value: unknown): MdxjsEsm {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExportNamedDeclaration',
        specifiers: [],
        attributes: [],
        source: null,
        declaration: {
          type: 'VariableDeclaration',
          kind: 'const',
          declarations: [
            {
              type: 'VariableDeclarator',
              id: { type: 'Identifier', name },
              init: valueToEstree(value),
            },
          ],
        },
      },
    ],
  };
  return { type: 'mdxjsEsm', value: '', data: { estree } };
}

/**
 * The chapter checks and glue, run on every MDX chapter at build time:
 * - frontmatter validated against its schema;
 * - every widget's props validated against the widget's own schema, every widget given an
 *   instance id (`Name-1`, `Name-2` … in page order) unless the author set one, and a figure
 *   number `figure="<part>.<k>"` counting every widget of the chapter in page order;
 * - every <FigRef to="instance id"> resolved to that figure's number (`n`), forward refs too;
 * - every <Cite id> known to the frontmatter's references; unknown capitalised components refused;
 * - headings given anchors (a Chinese chapter must mirror its English twin's headings) and
 *   exported as `toc`;
 * - the instance ids, in page order, exported as `figureIds` (a share link naming another id is
 *   reported on the page).
 */
export function remarkChapter(options: ChapterPluginOptions) {
  const known = new Set([...options.components, ...Object.keys(options.widgets)]);
  return (tree: Root, file: VFile) => {
    const { root } = options;
    const frontmatter = readFrontmatter(tree, file, root);
    const referenceIds = new Set(frontmatter.references.map((r) => r.id));
    const counters = new Map<string, number>();
    /** Figure number ("1.3") by widget instance id, in page order. */
    const figureNumbers = new Map<string, string>();
    const figureRefs: JsxElement[] = [];

    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as JsxElement;
      if (!el.name || !/^[A-Z]/.test(el.name)) return;
      if (!known.has(el.name)) {
        fail(
          file,
          root,
          el,
          `unknown component <${el.name}>; known: ${[...known].sort().join(', ')}`,
        );
      }
      const meta = options.widgets[el.name];
      if (meta) {
        if (hasAttribute(el, 'figure'))
          fail(file, root, el, `<${el.name}>: the build numbers figures; leave out "figure"`);
        checkWidget(el, meta, file, root);
        const n = (counters.get(el.name) ?? 0) + 1;
        counters.set(el.name, n);
        if (!hasAttribute(el, 'id')) {
          el.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: `${el.name}-${n}` });
        }
        const number = `${frontmatter.part}.${figureNumbers.size + 1}`;
        figureNumbers.set(String(attributes(el, file, root)['id']), number);
        el.attributes.push({ type: 'mdxJsxAttribute', name: 'figure', value: number });
      } else if (el.name === 'FigRef') {
        const to = attributes(el, file, root)['to'];
        if (typeof to !== 'string' || to === '')
          fail(file, root, el, '<FigRef> needs to="instance id" (e.g. to="Unroll-1")');
        figureRefs.push(el);
      } else if (el.name === 'Cite') {
        const id = attributes(el, file, root)['id'];
        if (typeof id !== 'string' || id === '')
          fail(file, root, el, '<Cite> needs id="key" (or id="a,b")');
        for (const key of id.split(',').map((k) => k.trim())) {
          if (!referenceIds.has(key))
            fail(file, root, el, `<Cite id="${key}"> is not in this chapter's references`);
        }
      }
    });

    // Resolved after the walk, so that the prose may point forward to a later figure.
    for (const el of figureRefs) {
      const to = String(attributes(el, file, root)['to']);
      const number = figureNumbers.get(to);
      if (!number) {
        fail(
          file,
          root,
          el,
          `<FigRef to="${to}"> names no figure of this chapter; figures: ${[...figureNumbers.keys()].join(', ')}`,
        );
      }
      el.attributes = el.attributes.filter(
        (a) => !(a.type === 'mdxJsxAttribute' && a.name === 'n'),
      );
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: number });
    }

    const headings = headingsOf(tree);
    for (const h of headings) {
      if (h.depth === 1)
        fail(file, root, h, 'a chapter has no "#" heading: its title comes from the frontmatter');
      if (h.depth > 3) fail(file, root, h, 'use "##" and "###" headings only');
    }
    let ids = uniqueSlugs(headings.map((h) => toString(h)));
    const twin = englishTwin(file);
    if (twin) {
      if (!existsSync(twin))
        fail(
          file,
          root,
          undefined,
          `a Chinese chapter needs its English twin ${path.relative(root, twin)}`,
        );
      const enHeadings = headingsOf(parser.parse(readFileSync(twin, 'utf8')) as Root);
      const shape = (hs: Heading[]) => hs.map((h) => h.depth).join(',');
      if (shape(enHeadings) !== shape(headings)) {
        fail(
          file,
          root,
          headings[0],
          `headings must mirror ${path.relative(root, twin)} (same count and levels, in order): ` +
            `en has [${shape(enHeadings)}], zh has [${shape(headings)}]`,
        );
      }
      ids = uniqueSlugs(enHeadings.map((h) => toString(h)));
    }
    const toc: TocEntry[] = headings.map((h, i) => {
      h.data = { ...h.data, hProperties: { ...(h.data?.hProperties ?? {}), id: ids[i]! } };
      return { depth: h.depth as 2 | 3, id: ids[i]!, text: toString(h) };
    });
    tree.children.push(constExport('toc', toc));
    tree.children.push(constExport('figureIds', [...figureNumbers.keys()]));
  };
}

/** rehype-katex reports bad math as a message and renders red text; we fail the build instead. */
export function rehypeFailOnMathErrors(options: { root: string }) {
  return (_tree: unknown, file: VFile) => {
    const bad = file.messages.find((m) => m.source === 'rehype-katex');
    if (bad)
      fail(
        file,
        options.root,
        bad.place && 'start' in bad.place ? { position: bad.place } : undefined,
        `KaTeX: ${bad.cause instanceof Error ? bad.cause.message : bad.reason}`,
      );
  };
}
