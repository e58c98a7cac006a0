import { createContext, useContext } from 'react';
import type { Reference } from './frontmatter';

/** The chapter being rendered: its references resolve <Cite> tags. */
export const ChapterContext = createContext<{ references: readonly Reference[] }>({
  references: [],
});

export function useReferences(): readonly Reference[] {
  return useContext(ChapterContext).references;
}
