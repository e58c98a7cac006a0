import { ChapterContext } from '../content/ChapterContext';
import { chaptersIn, type ChapterInfo, type ChapterModule } from '../content/chapters';
import { contentComponents } from '../content/components';
import { format } from '../i18n';
import { useLang, useStrings } from '../ui/LangContext';
import { References } from './References';
import { routePath } from './routes';
import { Toc } from './Toc';
import { UnknownFigures } from './UnknownFigures';

export function ChapterPage({
  chapter,
  slug,
  all,
  base,
}: {
  chapter: ChapterModule;
  slug: string;
  all: readonly ChapterInfo[];
  base: string;
}) {
  const lang = useLang();
  const s = useStrings().site;
  const { frontmatter, toc, default: Content } = chapter;
  const list = chaptersIn(all, lang);
  const index = list.findIndex((c) => c.slug === slug);
  const prev = list[index - 1];
  const next = list[index + 1];
  const link = (c: ChapterInfo) => routePath({ kind: 'chapter', lang, slug: c.slug }, base);
  return (
    <div className="chapter">
      <header className="chapter__header">
        <p className="chapter__part">
          {format(s.part, { n: frontmatter.part })} ·{' '}
          {format(s.minutesLong, { n: frontmatter.minutes })}
        </p>
        <h1>{frontmatter.title}</h1>
        <p className="chapter__summary">{frontmatter.summary}</p>
      </header>
      <UnknownFigures figureIds={chapter.figureIds} />
      <Toc toc={toc} hasReferences={frontmatter.references.length > 0} />
      <ChapterContext.Provider value={{ references: frontmatter.references }}>
        <article className="chapter__body">
          <Content components={contentComponents} />
          <References references={frontmatter.references} />
        </article>
      </ChapterContext.Provider>
      <nav className="chapter__pager" aria-label={`${s.previous} / ${s.next}`}>
        {prev ? (
          <a rel="prev" href={link(prev)}>
            <span className="muted">← {s.previous}</span> {prev.title}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a rel="next" href={link(next)}>
            <span className="muted">{s.next} →</span> {next.title}
          </a>
        )}
      </nav>
    </div>
  );
}
