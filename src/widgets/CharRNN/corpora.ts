import { createRng } from '../../core/rng';
import { sampleReberString } from '../../core/tasks';
import type { Lang } from '../../i18n';

export type CorpusName = 'project' | 'chapter' | 'reber';

/** Strings of the Reber grammar (Reber 1967; Cleeremans et al. 1989), one after another. */
export function reberText(strings = 400, seed = 1): string {
  const rng = createRng(seed);
  return Array.from({ length: strings }, () => sampleReberString(rng)).join('');
}

/**
 * The preset training texts, each fetched only when chosen: the project's corpus
 * (content/corpus/<lang>.txt, written for Unrolled), chapter 1 as a reader sees it (markup
 * stripped at build time), or Reber strings.
 */
export async function loadCorpus(name: CorpusName, lang: Lang): Promise<string> {
  switch (name) {
    case 'project':
      return lang === 'zh'
        ? (await import('../../../content/corpus/zh.txt?raw')).default
        : (await import('../../../content/corpus/en.txt?raw')).default;
    case 'chapter':
      return lang === 'zh'
        ? (await import('virtual:chapter-text/zh/01-basics')).default
        : (await import('virtual:chapter-text/en/01-basics')).default;
    case 'reber':
      return reberText();
  }
}
