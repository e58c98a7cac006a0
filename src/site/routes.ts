import { isLang, type Lang } from '../i18n';

/**
 * The site's pages: `/` (English home), `/zh/` (Chinese home), `/<lang>/<slug>/` (chapters),
 * `/<lang>/teach/` (the teachers' page), `/<lang>/playground/` (the RNN Playground).
 * Paths are relative to the site's base URL.
 */
export type Route =
  | { readonly kind: 'home'; readonly lang: Lang }
  | { readonly kind: 'chapter'; readonly lang: Lang; readonly slug: string }
  | { readonly kind: 'teach'; readonly lang: Lang }
  | { readonly kind: 'playground'; readonly lang: Lang }
  | { readonly kind: 'notFound'; readonly lang: Lang };

export function parseRoute(pathname: string, base = '/'): Route {
  const rest = pathname.startsWith(base)
    ? pathname.slice(base.length)
    : pathname.replace(/^\//, '');
  const parts = rest
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return { kind: 'home', lang: 'en' };
  const [first, second] = parts;
  if (!isLang(first!)) return { kind: 'notFound', lang: 'en' };
  if (parts.length === 1) return { kind: 'home', lang: first };
  if (parts.length === 2 && second === 'teach') return { kind: 'teach', lang: first };
  if (parts.length === 2 && second === 'playground') return { kind: 'playground', lang: first };
  if (parts.length === 2 && /^\d\d-[a-z0-9-]+$/.test(second!))
    return { kind: 'chapter', lang: first, slug: second! };
  return { kind: 'notFound', lang: first };
}

export function routePath(route: Route, base = '/'): string {
  switch (route.kind) {
    case 'home':
      return route.lang === 'en' ? base : `${base}${route.lang}/`;
    case 'chapter':
      return `${base}${route.lang}/${route.slug}/`;
    case 'teach':
      return `${base}${route.lang}/teach/`;
    case 'playground':
      return `${base}${route.lang}/playground/`;
    case 'notFound':
      return `${base}404.html`;
  }
}

/** The same page in the other language. */
export function translateRoute(route: Route, lang: Lang): Route {
  return { ...route, lang };
}

/** A stable key, written into prerendered pages so the client knows what it is hydrating. */
export function routeKey(route: Route): string {
  return route.kind === 'chapter' ? `${route.lang}/${route.slug}` : `${route.kind}:${route.lang}`;
}
