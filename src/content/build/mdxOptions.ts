import rehypeKatex from 'rehype-katex';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import type { PluggableList } from 'unified';
import { widgetList } from '../../widgets/list';
import { contentComponentNames } from '../componentNames';
import { rehypeFailOnMathErrors, remarkChapter } from './remarkChapter';

/** The one MDX configuration, shared by Vite and by the pipeline's tests. */
export function mdxOptions(root: string): {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
} {
  return {
    remarkPlugins: [
      remarkFrontmatter,
      [remarkMdxFrontmatter, { name: 'frontmatter' }],
      remarkGfm,
      remarkMath,
      [remarkChapter, { widgets: widgetList, components: contentComponentNames, root }],
    ],
    rehypePlugins: [
      [rehypeKatex, { strict: 'ignore', output: 'htmlAndMathml' }],
      [rehypeFailOnMathErrors, { root }],
    ],
  };
}
