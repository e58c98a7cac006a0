/**
 * The HTML a teacher pastes into a course page to show one figure: an iframe (what Canvas,
 * Notion and slides keep), the host script with its custom element (for sites that allow
 * scripts), and a plain link. Pure: the Embed dialog, the teachers' page, the oEmbed files and
 * the notebook module all write their snippets here.
 */
export interface EmbedOptions {
  /** The site's public address, e.g. `https://unrolled.example/` (a path prefix is kept). */
  readonly base: string;
  readonly widget: string;
  readonly lang: 'en' | 'zh';
  /** null: the frame follows the reader's system setting. */
  readonly theme?: 'light' | 'dark' | null;
  /** The figure's settings as URL strings (`encodeChangedProps`), by prop name. */
  readonly params?: Readonly<Record<string, string>>;
  /** Prop names whose controls the frame hides / shows disabled. */
  readonly hide?: readonly string[];
  readonly lock?: readonly string[];
  /** Pixels, or a CSS length such as `100%`. */
  readonly width?: number | string;
  readonly height?: number;
  readonly title: string;
}

export interface EmbedSnippets {
  readonly url: string;
  readonly iframe: string;
  readonly element: string;
  readonly link: string;
}

/** Parameters the embed page reads itself: never taken from a figure's settings. */
export const EMBED_PAGE_PARAMS: readonly string[] = ['widget', 'lang', 'theme', 'hide', 'lock'];
export const DEFAULT_EMBED_HEIGHT = 640;

/** Escapes text for a double-quoted HTML attribute or for element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Commas stay readable (`hide=a,b`, `W=0.6,-0.4`): they are legal in a query string.
const encode = (text: string) => encodeURIComponent(text).replace(/%2C/gi, ',');

/** The figure's own settings, without the embed page's parameters, in a stable order. */
function settings(params: Readonly<Record<string, string>> = {}): [string, string][] {
  return Object.entries(params).filter(([key]) => !EMBED_PAGE_PARAMS.includes(key));
}

/** `word=rnn&hidden=8`: the settings as a query string (the custom element's `params`). */
export function paramsQuery(params: Readonly<Record<string, string>> = {}): string {
  return settings(params)
    .map(([key, value]) => `${encode(key)}=${encode(value)}`)
    .join('&');
}

/** The site root with exactly one trailing slash, so `embed.html` resolves under its path. */
export function siteBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** `…/embed.html?widget=<Name>&lang=…&theme=…&hide=…&lock=…&<prop>=<value>…` (the contract). */
export function embedPageUrl(options: Omit<EmbedOptions, 'title'>): string {
  const { widget, lang, theme = null, hide = [], lock = [], params } = options;
  const parts = [`widget=${encode(widget)}`, `lang=${lang}`];
  if (theme) parts.push(`theme=${theme}`);
  if (hide.length > 0) parts.push(`hide=${hide.map(encode).join(',')}`);
  if (lock.length > 0) parts.push(`lock=${lock.map(encode).join(',')}`);
  const query = paramsQuery(params);
  if (query) parts.push(query);
  return `${new URL('embed.html', siteBase(options.base)).toString()}?${parts.join('&')}`;
}

export function embedSnippets(options: EmbedOptions): EmbedSnippets {
  const { widget, lang, theme = null, hide = [], lock = [], title } = options;
  const width = options.width ?? '100%';
  const height = options.height ?? DEFAULT_EMBED_HEIGHT;
  const url = embedPageUrl(options);
  const a = escapeHtml;
  // Only the attributes Canvas keeps carry meaning; the style is a nicety other editors keep.
  const iframe =
    `<iframe src="${a(url)}" title="${a(title)}" width="${a(String(width))}" height="${height}"` +
    ` style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`;
  const attributes = [
    `name="${a(widget)}"`,
    `lang="${lang}"`,
    theme ? `theme="${theme}"` : '',
    hide.length > 0 ? `hide="${a(hide.join(','))}"` : '',
    lock.length > 0 ? `lock="${a(lock.join(','))}"` : '',
    paramsQuery(options.params) ? `params="${a(paramsQuery(options.params))}"` : '',
    `height="${height}"`,
  ].filter(Boolean);
  const script = new URL('unrolled-embed.js', siteBase(options.base)).toString();
  const element =
    `<script src="${a(script)}" defer></script>\n` +
    `<unrolled-figure ${attributes.join(' ')}></unrolled-figure>`;
  const link = `<a href="${a(url)}" target="_blank" rel="noopener">${a(title)}</a>`;
  return { url, iframe, element, link };
}
