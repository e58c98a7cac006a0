declare module 'virtual:chapters' {
  import type { ChapterInfo } from './chapters';
  export const chapters: readonly ChapterInfo[];
}
