import rehypeKatex from 'rehype-katex';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import type { PluggableList } from 'unified';
import { widgetList } from '../../widgets/list';
import { contentComponentNames } from '../componentNames';
import { rehypeMathDisplay } from './rehypeMathDisplay';
import { rehypeFailOnMathErrors, remarkChapter } from './remarkChapter';
import { remarkCodeExcerpt } from './remarkCodeExcerpt';

/**
 * The one MDX configuration, shared by Vite and by the pipeline's tests. The widget metas are
 * loaded from the widget list here, up front: Vite's config loader (`--configLoader runner`)
 * can import modules only while the config loads, not later while the plugin compiles chapters.
 */
export async function mdxOptions(
  root: string,
): Promise<{ remarkPlugins: PluggableList; rehypePlugins: PluggableList }> {
  const metas = await Promise.all(widgetList.map((entry) => entry.loadMeta()));
  const widgets = Object.fromEntries(metas.map((meta) => [meta.name, meta]));
  return {
    remarkPlugins: [
      remarkFrontmatter,
      [remarkMdxFrontmatter, { name: 'frontmatter' }],
      remarkGfm,
      remarkMath,
      [remarkCodeExcerpt, { root }],
      [remarkChapter, { widgets, components: contentComponentNames, root }],
    ],
    rehypePlugins: [
      [rehypeKatex, { strict: 'ignore', output: 'htmlAndMathml' }],
      [rehypeFailOnMathErrors, { root }],
      rehypeMathDisplay,
    ],
  };
}
