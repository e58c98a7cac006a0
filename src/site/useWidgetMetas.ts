import { useEffect, useState } from 'react';
import type { WidgetMeta } from '../state/widgetMeta';
import { loadOnce } from '../ui/moduleCache';
import { widgetList } from '../widgets/list';

/**
 * Every widget's meta (schema and presets), loaded after the page hydrates: the prerendered page
 * lists the figures without them, and the presets and settings appear once they arrive. Shares
 * the figure host's cache keys, so a meta is fetched once.
 */
export function useWidgetMetas(): Readonly<Record<string, WidgetMeta>> {
  const [metas, setMetas] = useState<Readonly<Record<string, WidgetMeta>>>({});
  useEffect(() => {
    let live = true;
    for (const entry of widgetList) {
      const { name } = entry.info;
      loadOnce(`meta:${name}:0`, entry.loadMeta).then(
        (meta) => live && setMetas((m) => ({ ...m, [name]: meta })),
        // A meta that fails to load leaves its figure without presets; the figure shows the error.
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, []);
  return metas;
}
