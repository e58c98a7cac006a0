import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

/** The component a display equation becomes (src/content/components.tsx). */
export const MATH_DISPLAY = 'MathDisplay';

const isDisplay = (node: Element) => {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes('katex-display');
};

/**
 * Hands every display equation KaTeX typeset (`<span class="katex-display">`) to the
 * MathDisplay component, with the same children. An equation wider than a narrow screen
 * scrolls sideways in its own box; the component then makes that box a labelled region that
 * takes focus, so a keyboard can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable) —
 * and an equation that fits stays out of the tab order. Whether it fits is known only in the
 * reader's browser, so the build hands over the decision rather than making it.
 */
export function rehypeMathDisplay() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined || !isDisplay(node)) return undefined;
      const replacement: MdxJsxFlowElementHast | MdxJsxTextElementHast = {
        type: parent.type === 'root' ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
        name: MATH_DISPLAY,
        attributes: [],
        children: node.children as MdxJsxTextElementHast['children'],
      };
      parent.children[index] = replacement;
      return SKIP;
    });
  };
}
