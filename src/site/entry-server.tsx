import { renderToString } from 'react-dom/server';
import { chapters } from 'virtual:chapters';
import { figures } from 'virtual:figures';
import { chapterModuleKey, type ChapterModule } from '../content/chapters';
import { App } from './App';
import { widgetList } from '../widgets/list';
import { oembedDocuments, type Thumbnail } from './oembed';
import { headHtml, pageHead } from './pageHead';
import { parseRoute, routeKey, routePath, type Route } from './routes';

const modules = import.meta.glob<ChapterModule>('/content/*/*.mdx', { eager: true });
export const base = import.meta.env.BASE_URL;

interface RenderedPage {
  /** Output file, relative to dist/. */
  readonly file: string;
  readonly lang: string;
  readonly head: string;
  readonly html: string;
  readonly routeKey: string;
  /** The chapter's source file relative to the root (the build manifest's key), if any. */
  readonly source: string | null;
}

function render(route: Route, publicBase: string): RenderedPage {
  const chapter =
    route.kind === 'chapter' ? (modules[chapterModuleKey(route.lang, route.slug)] ?? null) : null;
  const html = renderToString(
    <App route={route} chapter={chapter} chapters={chapters} base={base} />,
  );
  const head = pageHead(route, chapters, base, figures, publicBase);
  const path = routePath(route, base).slice(base.length);
  return {
    file: route.kind === 'notFound' ? '404.html' : `${path}index.html`,
    lang: head.lang,
    head: headHtml(head),
    html,
    routeKey: routeKey(route),
    source:
      chapter && route.kind === 'chapter'
        ? chapterModuleKey(route.lang, route.slug).slice(1)
        : null,
  };
}

/**
 * Every page of the site, rendered to static HTML (see scripts/prerender.mjs); `publicBase` is
 * the site's public address, for the oEmbed discovery links.
 */
export function renderAll(publicBase: string): RenderedPage[] {
  const routes: Route[] = [
    { kind: 'home', lang: 'en' },
    { kind: 'home', lang: 'zh' },
    ...chapters.map((c) => parseRoute(`/${c.lang}/${c.slug}/`)),
    { kind: 'teach', lang: 'en' },
    { kind: 'teach', lang: 'zh' },
    { kind: 'playground', lang: 'en' },
    { kind: 'playground', lang: 'zh' },
    { kind: 'notFound', lang: 'en' },
  ];
  return routes.map((route) => render(route, publicBase));
}

/** Every oEmbed document, by path under dist/ (see scripts/oembed.mjs). */
export async function oembedFiles(publicBase: string, thumbnail: (name: string) => Thumbnail) {
  const metas = await Promise.all(widgetList.map((entry) => entry.loadMeta()));
  return oembedDocuments(publicBase, metas, figures, thumbnail);
}
