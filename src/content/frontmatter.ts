import type { Frontmatter, Reference } from './build/frontmatterSchema';

// Types only: the zod schemas stay in build/ so they never reach the reader's bundle.
export type { Frontmatter, Reference };

export interface TocEntry {
  readonly depth: 2 | 3;
  readonly id: string;
  readonly text: string;
}

/** "Elman 1990", "Cho et al. 2014", "Pascanu & Bengio 2013": authors split on "," and " and ". */
export function shortCitation(ref: Reference): string {
  const names = ref.authors
    .split(/,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  const surname = (n: string) => n.split(/\s+/).at(-1) ?? n;
  const first = surname(names[0] ?? ref.authors);
  if (names.length === 1) return `${first} ${ref.year}`;
  if (names.length === 2) return `${first} & ${surname(names[1]!)} ${ref.year}`;
  return `${first} et al. ${ref.year}`;
}
