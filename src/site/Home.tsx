import { chaptersIn, type ChapterInfo } from '../content/chapters';
import { format } from '../i18n';
import { useLang, useStrings } from '../ui/LangContext';
import { Notation } from './Notation';
import { routePath } from './routes';

export function Home({ all, base }: { all: readonly ChapterInfo[]; base: string }) {
  const lang = useLang();
  const s = useStrings().site;
  const k = useStrings().embedKit;
  const list = chaptersIn(all, lang);
  const p = useStrings().playground;
  const href = (c: ChapterInfo) => routePath({ kind: 'chapter', lang, slug: c.slug }, base);
  return (
    <div className="home">
      <header className="home__hero">
        <h1>{s.name}</h1>
        <p className="home__tagline">{s.tagline}</p>
        <p>{s.intro}</p>
        <p>
          <a href={routePath({ kind: 'teach', lang }, base)}>{k.teachHome}</a>
        </p>
        {list[0] && (
          <p>
            <a className="button-link" href={href(list[0])}>
              {s.start} →
            </a>
          </p>
        )}
        <p data-testid="home-playground">
          <a href={routePath({ kind: 'playground', lang }, base)}>{p.homeLink}</a>: {p.homeBlurb}
        </p>
      </header>
      <section aria-labelledby="parts">
        <h2 id="parts">{s.parts}</h2>
        <ol className="parts">
          {list.map((c) => (
            <li key={c.slug} className="part-card">
              <a href={href(c)}>
                <span className="part-card__part">{format(s.part, { n: c.part })}</span>
                <span className="part-card__title">{c.title}</span>
              </a>
              <p>{c.summary}</p>
              <p className="muted">{format(s.minutesLong, { n: c.minutes })}</p>
            </li>
          ))}
        </ol>
      </section>
      <Notation />
    </div>
  );
}
