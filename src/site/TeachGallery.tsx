import { chaptersIn, type ChapterInfo } from '../content/chapters';
import { figuresIn, type FigureEntry } from '../content/figures';
import { format } from '../i18n';
import type { WidgetMeta } from '../state/widgetMeta';
import { useLang, useStrings } from '../ui/LangContext';
import { findWidget } from '../widgets/list';
import { routePath } from './routes';

export interface GalleryPick {
  readonly name: string;
  /** A preset key of the widget, or null. */
  readonly preset: string | null;
  readonly params: Readonly<Record<string, string>>;
}

/** Every figure of every chapter, chapter by chapter, with its presets and a way to embed it. */
export function TeachGallery({
  chapters,
  figures,
  metas,
  base,
  onPick,
}: {
  chapters: readonly ChapterInfo[];
  figures: readonly FigureEntry[];
  metas: Readonly<Record<string, WidgetMeta>>;
  base: string;
  onPick: (pick: GalleryPick) => void;
}) {
  const lang = useLang();
  const s = useStrings().embedKit;
  const site = useStrings().site;
  return (
    <section className="teach-gallery" aria-labelledby="teach-gallery">
      <h2 id="teach-gallery">{s.gallery}</h2>
      {chaptersIn(chapters, lang).map((chapter) => {
        const href = routePath({ kind: 'chapter', lang, slug: chapter.slug }, base);
        return (
          <section key={chapter.slug} aria-labelledby={`teach-${chapter.slug}`}>
            <h3 id={`teach-${chapter.slug}`}>
              {format(site.part, { n: chapter.part })} · <a href={href}>{chapter.title}</a>
            </h3>
            <ul className="teach-gallery__list">
              {figuresIn(figures, lang, chapter.slug).map((f) => {
                const meta = metas[f.name];
                const presets = meta ? Object.entries(meta.presets) : [];
                const title = findWidget(f.name)?.info.title[lang] ?? f.name;
                const titleId = `teach-${f.slug}-${f.id}`;
                return (
                  <li
                    key={f.id}
                    className="teach-card"
                    data-testid="teach-figure"
                    data-figure-name={f.name}
                  >
                    <h4 id={titleId}>{title}</h4>
                    <p className="muted">
                      <a href={`${href}#${f.id}`}>{format(s.figureIn, { number: f.number })}</a> ·{' '}
                      <code>{f.name}</code>
                    </p>
                    <p>{f.caption}</p>
                    {presets.length > 0 && (
                      <div className="teach-card__presets">
                        <span>{s.presets}</span>
                        {presets.map(([key, preset]) => (
                          <button
                            key={key}
                            type="button"
                            aria-label={format(s.buildPreset, { preset: preset.label[lang] })}
                            aria-describedby={titleId}
                            onClick={() => onPick({ name: f.name, preset: key, params: {} })}
                          >
                            {preset.label[lang]}
                          </button>
                        ))}
                      </div>
                    )}
                    <button
                      type="button"
                      className="teach-card__build"
                      aria-describedby={titleId}
                      onClick={() => onPick({ name: f.name, preset: null, params: f.params })}
                    >
                      {s.build}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
