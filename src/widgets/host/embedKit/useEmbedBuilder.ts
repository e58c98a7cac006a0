import { useState, useSyncExternalStore } from 'react';
import type { Lang } from '../../../i18n';
import {
  DEFAULT_EMBED_HEIGHT,
  embedSnippets,
  type EmbedSnippets,
} from '../../../state/embedSnippets';
import type { WidgetMeta } from '../../../state/widgetMeta';

export type EmbedTheme = 'system' | 'light' | 'dark';
export type EmbedWidth = 'full' | 'fixed';
export const FIXED_WIDTH = 720;
/** The frame heights offered; the host script and Canvas then follow the content anyway. */
export const HEIGHTS = [400, 520, 640, 800, 1000, 1200] as const;

export interface EmbedChoices {
  readonly lang: Lang;
  readonly theme: EmbedTheme;
  readonly width: EmbedWidth;
  readonly height: number;
  /** Prop names whose controls are hidden / locked in the frame. */
  readonly hide: readonly string[];
  readonly lock: readonly string[];
}

const noSubscribe = () => () => {};

/**
 * The site's public root as the reader's browser sees it (origin + Vite's base), or null while
 * rendering on the server: snippets need an absolute address, and the prerendered page must
 * hydrate without a mismatch.
 */
export function useSiteBase(): string | null {
  return useSyncExternalStore(
    noSubscribe,
    () => new URL(import.meta.env.BASE_URL, window.location.origin).toString(),
    () => null,
  );
}

/** The prop names a widget's controls are keyed by: its zod schema's keys, in order. */
export function settingNames(meta: WidgetMeta | null): string[] {
  return meta ? Object.keys(meta.props.shape) : [];
}

const toggle = (list: readonly string[], name: string, on: boolean) =>
  on ? (list.includes(name) ? list : [...list, name]) : list.filter((n) => n !== name);

/**
 * The choices of an embed (language, theme, size, hidden and locked controls) and the snippets
 * they give for one widget with its settings. Shared by the Embed dialog and the teachers' page.
 */
export function useEmbedBuilder({
  widget,
  title,
  meta,
  params,
  lang,
}: {
  widget: string;
  title: string;
  meta: WidgetMeta | null;
  params: Readonly<Record<string, string>>;
  lang: Lang;
}) {
  const base = useSiteBase();
  const [choices, setChoices] = useState<EmbedChoices>({
    lang,
    theme: 'system',
    width: 'full',
    height: DEFAULT_EMBED_HEIGHT,
    hide: [],
    lock: [],
  });
  const names = settingNames(meta);
  // A name the current widget does not have (the teachers' page switched figures) is dropped.
  const hide = choices.hide.filter((n) => names.includes(n));
  const lock = choices.lock.filter((n) => names.includes(n) && !hide.includes(n));
  const snippets: EmbedSnippets | null =
    base === null
      ? null
      : embedSnippets({
          base,
          widget,
          lang: choices.lang,
          theme: choices.theme === 'system' ? null : choices.theme,
          params,
          hide,
          lock,
          width: choices.width === 'full' ? '100%' : FIXED_WIDTH,
          height: choices.height,
          title,
        });
  return {
    choices: { ...choices, hide, lock },
    names,
    snippets,
    set: (patch: Partial<EmbedChoices>) => setChoices((c) => ({ ...c, ...patch })),
    setHidden: (name: string, on: boolean) =>
      setChoices((c) => ({ ...c, hide: toggle(c.hide, name, on) })),
    setLocked: (name: string, on: boolean) =>
      setChoices((c) => ({ ...c, lock: toggle(c.lock, name, on) })),
  };
}

export type EmbedBuilderState = ReturnType<typeof useEmbedBuilder>;
