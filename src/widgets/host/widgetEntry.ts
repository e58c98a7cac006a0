import type { ComponentType } from 'react';
import type { WidgetInfo } from '../../state/widgetInfo';
import type { WidgetMeta } from '../../state/widgetMeta';

/**
 * One widget as the host sees it: its info (names and titles, no imports — shown before any
 * widget code loads), and two loaders — the meta (zod schema and presets, fetched with the
 * runtime and read by the MDX build in Node) and the component (its own chunk).
 */
export interface WidgetEntry {
  readonly info: WidgetInfo;
  readonly loadMeta: () => Promise<WidgetMeta>;
  readonly loadWidget: () => Promise<{ default: ComponentType }>;
}
