import { renderToString } from 'react-dom/server';
import { chapters } from 'virtual:chapters';
import { chapterModuleKey, type ChapterModule } from '../content/chapters';
import { App } from './App';
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

function render(route: Route): RenderedPage {
  const chapter =
    route.kind === 'chapter' ? (modules[chapterModuleKey(route.lang, route.slug)] ?? null) : null;
  const html = renderToString(
    <App route={route} chapter={chapter} chapters={chapters} base={base} />,
  );
  const head = pageHead(route, chapters, base);
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

/** Every page of the site, rendered to static HTML (see scripts/prerender.mjs). */
export function renderAll(): RenderedPage[] {
  const routes: Route[] = [
    { kind: 'home', lang: 'en' },
    { kind: 'home', lang: 'zh' },
    ...chapters.map((c) => parseRoute(`/${c.lang}/${c.slug}/`)),
    { kind: 'playground', lang: 'en' },
    { kind: 'playground', lang: 'zh' },
    { kind: 'notFound', lang: 'en' },
  ];
  return routes.map(render);
}
