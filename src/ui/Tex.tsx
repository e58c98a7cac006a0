import katex from 'katex';
import { useMemo } from 'react';

/**
 * Run-time KaTeX for formulas whose numbers change. Static formulas in chapters are typeset at
 * build time instead. An invalid expression shows KaTeX's red error text rather than throwing.
 */
export function Tex({
  math,
  display = false,
  label,
}: {
  math: string;
  display?: boolean;
  label?: string;
}) {
  const html = useMemo(
    () =>
      katex.renderToString(math, {
        displayMode: display,
        throwOnError: false,
        output: 'htmlAndMathml',
      }),
    [math, display],
  );
  const Tag = display ? 'div' : 'span';
  return <Tag className="tex" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
