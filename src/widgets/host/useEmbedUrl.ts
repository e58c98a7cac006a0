import { useEffect } from 'react';
import { encodeChangedProps } from '../../state/propsCodec';
import { EMBED_PAGE_PARAMS } from '../../state/shareLink';
import type { WidgetMeta } from '../../state/widgetMeta';
import type { WidgetStore } from '../../state/widgetStore';

/** Fired on `window` after the embed's URL follows its settings (the "Open in Unrolled" link listens). */
export const EMBED_URL_EVENT = 'unrolled:embed-url';

/**
 * In an embed, the address bar holds the figure's settings: as they change the URL is replaced
 * (no history entry), so a frame that is unloaded and loaded again — a slide left and revisited —
 * comes back as the reader left it. The embed page's own parameters (`widget`, `lang`, `hide` …)
 * stay; every other parameter is rewritten from the props that differ from the defaults.
 */
export function useEmbedUrl(
  store: WidgetStore<unknown>,
  meta: WidgetMeta,
  embedded: boolean,
): void {
  useEffect(() => {
    if (!embedded) return;
    let last: unknown = store.getState().props;
    return store.subscribe(({ props }) => {
      if (props === last) return;
      last = props;
      const url = new URL(window.location.href);
      for (const key of [...url.searchParams.keys()])
        if (!EMBED_PAGE_PARAMS.includes(key)) url.searchParams.delete(key);
      for (const [key, value] of encodeChangedProps(meta.props, props as Record<string, unknown>))
        url.searchParams.set(key, value);
      window.history.replaceState(window.history.state, '', url);
      window.dispatchEvent(new Event(EMBED_URL_EVENT));
    });
  }, [store, meta, embedded]);
}
