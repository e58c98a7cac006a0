/**
 * Share links address one widget instance on a page: `?<instance>.<prop>=<value>#<instance>`.
 * Embed URLs use the bare prop names: `embed.html?widget=<Name>&<prop>=<value>`.
 */
/** The embed page's own parameters; every other parameter of an embed URL is a widget prop. */
export const EMBED_PAGE_PARAMS: readonly string[] = [
  'widget',
  'lang',
  'theme',
  'fault',
  'hide',
  'lock',
];

export function instanceParams(search: string, instanceId: string): Record<string, string> {
  // No prototype: a parameter named `__proto__` or `constructor` is a plain (unknown) key.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const prefix = `${instanceId}.`;
  for (const [key, value] of new URLSearchParams(search)) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  }
  return out;
}

/**
 * The instance ids a page's query names (`<id>.<prop>=…`) that are none of `figureIds`, each once,
 * in the order the link gives them. Parameters without a dot (`fault`) are the page's own.
 */
export function unknownInstanceIds(search: string, figureIds: readonly string[]): string[] {
  const unknown = new Set<string>();
  for (const key of new URLSearchParams(search).keys()) {
    const dot = key.indexOf('.');
    if (dot < 0) continue;
    if (!figureIds.some((id) => key.startsWith(`${id}.`))) unknown.add(key.slice(0, dot));
  }
  return [...unknown];
}

export function shareUrl(
  pageUrl: string,
  instanceId: string,
  pairs: readonly [string, string][],
): string {
  const url = new URL(pageUrl);
  // This instance's settings from an earlier link are replaced; other instances' are kept.
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith(`${instanceId}.`)) url.searchParams.delete(key);
  }
  for (const [key, value] of pairs) url.searchParams.set(`${instanceId}.${key}`, value);
  url.hash = instanceId;
  return url.toString();
}

export function embedUrl(
  siteRoot: string,
  widget: string,
  pairs: readonly [string, string][],
): string {
  const url = new URL('embed.html', siteRoot);
  url.searchParams.set('widget', widget);
  for (const [key, value] of pairs) url.searchParams.set(key, value);
  return url.toString();
}
