import type { Reference } from '../content/frontmatter';
import { useStrings } from '../ui/LangContext';

/** The reference list, built from the chapter's frontmatter; <Cite> links land here. */
export function References({ references }: { references: readonly Reference[] }) {
  const s = useStrings().site;
  if (references.length === 0) return null;
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references">{s.references}</h2>
      <ol>
        {references.map((r) => (
          <li key={r.id} id={`ref-${r.id}`}>
            {r.authors} ({r.year}). {r.url ? <a href={r.url}>{r.title}</a> : <cite>{r.title}</cite>}
            .{r.venue && <> {r.venue}.</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
