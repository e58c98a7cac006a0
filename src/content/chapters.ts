import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Lang } from '../i18n';
import type { Frontmatter, TocEntry } from './frontmatter';

/** One chapter in one language, as the home page and navigation need it. */
export interface ChapterInfo {
  readonly lang: Lang;
  /** File name without extension, e.g. "01-basics"; the URL is /<lang>/<slug>/. */
  readonly slug: string;
  readonly part: number;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
}

/** What a compiled chapter module exports (see build/remarkChapter.ts). */
export interface ChapterModule {
  readonly default: ComponentType<{ components?: MDXComponents }>;
  readonly frontmatter: Frontmatter;
  readonly toc: readonly TocEntry[];
  /** The instance ids of the chapter's figures, in page order. */
  readonly figureIds: readonly string[];
}

export function chaptersIn(all: readonly ChapterInfo[], lang: Lang): ChapterInfo[] {
  return all.filter((c) => c.lang === lang);
}

/** Vite's glob key for a chapter's MDX file. */
export function chapterModuleKey(lang: Lang, slug: string): string {
  return `/content/${lang}/${slug}.mdx`;
}
