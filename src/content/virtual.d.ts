declare module 'virtual:chapters' {
  import type { ChapterInfo } from './chapters';
  export const chapters: readonly ChapterInfo[];
}

declare module 'virtual:chapter-text/*' {
  /** A chapter's prose with the markup stripped (src/content/build/chapterTextPlugin.ts). */
  const text: string;
  export default text;
}
