import type { Lang } from '../i18n';

/**
 * One figure as a chapter places it (built from the MDX at build time, `virtual:figures`): what
 * the teachers' page lists and what the oEmbed files and discovery links describe.
 */
export interface FigureEntry {
  readonly lang: Lang;
  /** The chapter's file name without extension, e.g. "01-basics". */
  readonly slug: string;
  readonly part: number;
  /** "<part>.<k>", as the chapter numbers it. */
  readonly number: string;
  /** The instance id on the chapter page (`Name-1` unless the author set one). */
  readonly id: string;
  /** The widget's name in the widget list. */
  readonly name: string;
  readonly caption: string;
  /** The author's own settings for this figure, as URL strings. */
  readonly params: Readonly<Record<string, string>>;
}

export const figuresIn = (all: readonly FigureEntry[], lang: Lang, slug?: string) =>
  all.filter((f) => f.lang === lang && (slug === undefined || f.slug === slug));
