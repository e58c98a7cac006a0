import { embedPageUrl } from '../state/embedSnippets';

/**
 * An Unrolled figure in a notebook cell (Jupyter, marimo, VS Code), as an anywidget front-end
 * module: `export default { render({ model, el }) }`. It renders the figure's embed page in an
 * iframe from the Unrolled site, follows the model's traits (`widget`, `lang`, `theme`, `params`,
 * `hide`, `lock`, `height`, `base`) and sizes the frame from the figure's height messages.
 * Built to dist/unrolled-anywidget.js by scripts/anywidget.mjs.
 */

/** The part of anywidget's model this module uses. */
export interface AnyModel {
  get(name: string): unknown;
  on(event: string, callback: () => void): void;
  off(event?: string | null, callback?: (() => void) | null): void;
}

declare const __UNROLLED_BASE__: string | undefined;

export const TRAITS = ['widget', 'lang', 'theme', 'params', 'hide', 'lock', 'height', 'base'];
const DEFAULT_HEIGHT = 640;

/**
 * The site to load figures from: the model's `base` if set, else the site this module was
 * loaded from (`_esm` given as its URL), else the address it was built for.
 */
export function siteOf(model: AnyModel, moduleUrl: string): string {
  const given = model.get('base');
  if (typeof given === 'string' && /^https?:\/\//.test(given)) return given;
  if (/^https?:\/\//.test(moduleUrl)) return new URL('.', moduleUrl).toString();
  return typeof __UNROLLED_BASE__ === 'string' ? __UNROLLED_BASE__ : 'http://localhost:4173/';
}

/** A trait that should be a list of names: a Python list or a comma-separated string. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((v) => String(v).trim()).filter(Boolean);
}

/** `params` as URL strings: numbers, booleans and lists of numbers as the embed page reads them. */
function params(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>))
    if (v !== null && v !== undefined) out[key] = Array.isArray(v) ? v.join(',') : String(v);
  return out;
}

/** The frame's address for the model's current traits. */
export function frameUrl(model: AnyModel, moduleUrl: string): string {
  const theme = model.get('theme');
  return embedPageUrl({
    base: siteOf(model, moduleUrl),
    widget: String(model.get('widget') ?? ''),
    lang: model.get('lang') === 'zh' ? 'zh' : 'en',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    params: params(model.get('params')),
    hide: names(model.get('hide')),
    lock: names(model.get('lock')),
  });
}

function render({ model, el }: { model: AnyModel; el: HTMLElement }): () => void {
  const frame = document.createElement('iframe');
  frame.style.border = '0';
  frame.style.width = '100%';
  frame.setAttribute('allowfullscreen', '');
  const update = () => {
    const url = frameUrl(model, import.meta.url);
    if (frame.src !== url) frame.src = url;
    frame.title = `Unrolled: ${String(model.get('widget') ?? '')}`;
    const height = Number(model.get('height'));
    frame.height = String(Number.isFinite(height) && height > 0 ? height : DEFAULT_HEIGHT);
  };
  // The figure reports its content height; only its own frame's messages count.
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type !== 'unrolled:height' || typeof data.height !== 'number') return;
    if (Number.isFinite(data.height) && data.height > 0 && data.height < 20_000)
      frame.height = String(Math.ceil(data.height));
  };
  update();
  for (const trait of TRAITS) model.on(`change:${trait}`, update);
  window.addEventListener('message', onMessage);
  el.appendChild(frame);
  return () => {
    for (const trait of TRAITS) model.off(`change:${trait}`, update);
    window.removeEventListener('message', onMessage);
    frame.remove();
  };
}

export default { render };
