import type { FigureEntry } from '../content/figures';
import { format, stringsFor, type Lang } from '../i18n';
import { embedSnippets, siteBase } from '../state/embedSnippets';
import { encodeChangedProps } from '../state/propsCodec';
import type { WidgetMeta } from '../state/widgetMeta';

/**
 * oEmbed (https://oembed.com), served as static files: one JSON document per figure of every
 * chapter, per widget and per preset, in each language, written at build time
 * (scripts/oembed.mjs) with the site's public address (`UNROLLED_BASE_URL`).
 */
export const OEMBED_WIDTH = 720;
export const OEMBED_HEIGHT = 640;

export interface Thumbnail {
  /** Path under the site root, e.g. `oembed/thumbs/Unroll.png`. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
}

export interface OembedDocument {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly provider_name: 'Unrolled';
  readonly provider_url: string;
  readonly thumbnail_url: string;
  readonly thumbnail_width: number;
  readonly thumbnail_height: number;
}

/** Where each document lives, under the site root. */
export const oembedPath = {
  widget: (lang: Lang, name: string) => `oembed/${lang}/${name}.json`,
  preset: (lang: Lang, name: string, preset: string) => `oembed/${lang}/${name}/${preset}.json`,
  figure: (f: FigureEntry) => `oembed/${f.lang}/${f.slug}/${f.id}.json`,
};

function document(
  publicBase: string,
  lang: Lang,
  meta: WidgetMeta,
  params: Readonly<Record<string, string>>,
  title: string,
  thumbnail: Thumbnail,
): OembedDocument {
  const base = siteBase(publicBase);
  const { iframe } = embedSnippets({
    base,
    widget: meta.name,
    lang,
    params,
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
    title,
  });
  return {
    version: '1.0',
    type: 'rich',
    html: iframe,
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
    title,
    provider_name: 'Unrolled',
    provider_url: base,
    thumbnail_url: new URL(thumbnail.path, base).toString(),
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}

/** A figure's title as a chapter gives it: "Figure 1.3 — <caption>". */
export function figureTitle(f: FigureEntry, meta: WidgetMeta): string {
  const s = stringsFor(f.lang).embedKit;
  return `${format(s.figureIn, { number: f.number })} — ${f.caption || meta.title[f.lang]}`;
}

/** Every oEmbed document of the site, by its path under the site root. */
export function oembedDocuments(
  publicBase: string,
  metas: readonly WidgetMeta[],
  figures: readonly FigureEntry[],
  thumbnail: (name: string) => Thumbnail,
): Map<string, OembedDocument> {
  const out = new Map<string, OembedDocument>();
  for (const meta of metas) {
    for (const lang of ['en', 'zh'] as const) {
      const title = meta.title[lang];
      const thumb = thumbnail(meta.name);
      out.set(
        oembedPath.widget(lang, meta.name),
        document(publicBase, lang, meta, {}, title, thumb),
      );
      for (const [key, preset] of Object.entries(meta.presets)) {
        const values = meta.props.parse(preset.values) as Record<string, unknown>;
        const params = Object.fromEntries(encodeChangedProps(meta.props, values));
        out.set(
          oembedPath.preset(lang, meta.name, key),
          document(publicBase, lang, meta, params, `${title} — ${preset.label[lang]}`, thumb),
        );
      }
    }
  }
  for (const f of figures) {
    const meta = metas.find((m) => m.name === f.name);
    if (!meta) continue;
    const title = figureTitle(f, meta);
    out.set(
      oembedPath.figure(f),
      document(publicBase, f.lang, meta, f.params, title, thumbnail(meta.name)),
    );
  }
  return out;
}

/** The discovery links of a chapter page: one per figure, in page order. */
export function oembedLinks(
  publicBase: string,
  figures: readonly FigureEntry[],
): { href: string; title: string }[] {
  const base = siteBase(publicBase);
  return figures.map((f) => ({
    href: new URL(oembedPath.figure(f), base).toString(),
    title: `${format(stringsFor(f.lang).embedKit.figureIn, { number: f.number })} — ${f.caption || f.name}`,
  }));
}
