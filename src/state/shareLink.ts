/**
 * Share links address one widget instance on a page: `?<instance>.<prop>=<value>#<instance>`.
 * Embed URLs use the bare prop names: `embed.html?widget=<Name>&<prop>=<value>`.
 */
export function instanceParams(search: string, instanceId: string): Record<string, string> {
  // No prototype: a parameter named `__proto__` or `constructor` is a plain (unknown) key.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const prefix = `${instanceId}.`;
  for (const [key, value] of new URLSearchParams(search)) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  }
  return out;
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
