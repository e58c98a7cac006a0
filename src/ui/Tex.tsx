import katex from 'katex';
import { useMemo } from 'react';
import { useScrollsSideways } from './figure/useScrollsSideways';
import { useStrings } from './LangContext';

/**
 * Run-time KaTeX for formulas whose numbers change. Static formulas in chapters are typeset at
 * build time instead. An invalid expression shows KaTeX's red error text rather than throwing.
 * A display formula wider than its box (on a phone) scrolls sideways in it, and the box is then
 * a labelled region that takes focus, so a keyboard can scroll it.
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
  const c = useStrings().content;
  const [box, scrolls] = useScrollsSideways<HTMLDivElement>([html]);
  if (!display)
    return <span className="tex" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <div
      ref={box}
      className="tex tex--display"
      aria-label={label ?? (scrolls ? c.mathDisplay : undefined)}
      {...(scrolls ? { role: 'region', tabIndex: 0 } : {})}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
