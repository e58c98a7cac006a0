declare module 'virtual:chapters' {
  import type { ChapterInfo } from './chapters';
  export const chapters: readonly ChapterInfo[];
}

declare module 'virtual:chapter-text/*' {
  /** A chapter's prose with the markup stripped (src/content/build/chapterTextPlugin.ts). */
  const text: string;
  export default text;
}

declare module 'virtual:handmade-regions/*' {
  import type { SourceRegion } from '../core/sourceRegions';
  /** The regions of src/core/handmade/<name>.ts by name (src/content/build/codeRegionsPlugin.ts). */
  const regions: Readonly<Record<string, SourceRegion>>;
  export default regions;
}

declare module 'virtual:figures' {
  import type { FigureEntry } from './figures';
  /** Every figure of every chapter (src/content/build/figureIndex.ts). */
  export const figures: readonly FigureEntry[];
}
