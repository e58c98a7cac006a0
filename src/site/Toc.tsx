import type { TocEntry } from '../content/frontmatter';
import { useStrings } from '../ui/LangContext';

/** The chapter's sections; a <details> so it folds away on narrow screens. */
export function Toc({ toc, hasReferences }: { toc: readonly TocEntry[]; hasReferences: boolean }) {
  const s = useStrings().site;
  return (
    <nav className="toc" aria-label={s.contents}>
      <details open>
        <summary>{s.contents}</summary>
        <ol>
          {toc.map((entry) => (
            <li key={entry.id} className={`toc__item toc__item--${entry.depth}`}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
          {hasReferences && (
            <li className="toc__item toc__item--2">
              <a href="#references">{s.references}</a>
            </li>
          )}
        </ol>
      </details>
    </nav>
  );
}
