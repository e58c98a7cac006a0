declare module 'virtual:figure-places' {
  /**
   * Each widget's first chapter and instance id, by language (src/content/build/figurePlaces.ts,
   * whose FigurePlaces type this repeats: the embed page does not import the content build).
   */
  export const figurePlaces: Readonly<
    Record<string, { en?: { slug: string; id: string }; zh?: { slug: string; id: string } }>
  >;
}
