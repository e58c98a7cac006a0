import type { Lang } from '../../i18n';

export type MinCharCorpus = 'chapter' | 'project';

/** The fewest characters a text needs: a window of T and the character after it, twice. */
export const minTextLength = (seqLength: number) => 2 * (seqLength + 1);

/**
 * The preset texts, each fetched only when chosen: this chapter as a reader sees it (markup
 * stripped at build time), or the project's corpus (content/corpus/<lang>.txt).
 */
export async function loadMinCharText(corpus: MinCharCorpus, lang: Lang): Promise<string> {
  if (corpus === 'chapter')
    return lang === 'zh'
      ? (await import('virtual:chapter-text/zh/05-implementation')).default
      : (await import('virtual:chapter-text/en/05-implementation')).default;
  return lang === 'zh'
    ? (await import('../../../content/corpus/zh.txt?raw')).default
    : (await import('../../../content/corpus/en.txt?raw')).default;
}
