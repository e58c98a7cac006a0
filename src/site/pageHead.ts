import type { ChapterInfo } from '../content/chapters';
import { figuresIn, type FigureEntry } from '../content/figures';
import { stringsFor } from '../i18n';
import { oembedLinks } from './oembed';
import { routePath, translateRoute, type Route } from './routes';

interface PageHead {
  readonly lang: string;
  readonly title: string;
  readonly description: string;
  /** Links to the page in each language. */
  readonly alternates: readonly { hreflang: string; href: string }[];
  /** oEmbed discovery: one document per figure of a chapter page. */
  readonly oembed: readonly { href: string; title: string }[];
}

export function pageHead(
  route: Route,
  chapters: readonly ChapterInfo[],
  base: string,
  figures: readonly FigureEntry[] = [],
  publicBase = '',
): PageHead {
  const s = stringsFor(route.lang).site;
  const chapter =
    route.kind === 'chapter'
      ? chapters.find((c) => c.lang === route.lang && c.slug === route.slug)
      : undefined;
  return {
    lang: route.lang === 'zh' ? 'zh-CN' : 'en',
    title: chapter
      ? `${chapter.title} · ${s.name}`
      : route.kind === 'notFound'
        ? `404 · ${s.name}`
        : route.kind === 'teach'
          ? `${stringsFor(route.lang).embedKit.teachTitle} · ${s.name}`
          : route.kind === 'playground'
            ? `${stringsFor(route.lang).playground.pageTitle} · ${s.name}`
            : s.name,
    description: chapter
      ? chapter.summary
      : route.kind === 'teach'
        ? stringsFor(route.lang).embedKit.teachIntro
        : route.kind === 'playground'
          ? stringsFor(route.lang).playground.homeBlurb
          : s.tagline,
    alternates:
      route.kind === 'notFound'
        ? []
        : (['en', 'zh'] as const).map((lang) => ({
            hreflang: lang === 'zh' ? 'zh-CN' : 'en',
            href: routePath(translateRoute(route, lang), base),
          })),
    oembed:
      chapter && publicBase
        ? oembedLinks(publicBase, figuresIn(figures, chapter.lang, chapter.slug))
        : [],
  };
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function headHtml(head: PageHead): string {
  return [
    `<title>${escape(head.title)}</title>`,
    `<meta name="description" content="${escape(head.description)}" />`,
    ...head.alternates.map(
      (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escape(a.href)}" />`,
    ),
    ...head.oembed.map(
      (o) =>
        `<link rel="alternate" type="application/json+oembed" href="${escape(o.href)}" title="${escape(o.title)}" />`,
    ),
  ].join('\n    ');
}
