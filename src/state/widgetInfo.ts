/** Text in both of the site's languages. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/**
 * The light part of a widget's description — what the page shows before the widget's code
 * loads. It imports nothing, so it costs the first page load almost nothing.
 */
export interface WidgetInfo {
  readonly name: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
}
