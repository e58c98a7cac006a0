import type * as z from 'zod';
import type { Bilingual, WidgetInfo } from './widgetInfo';

export type { Bilingual };

/**
 * What every widget declares in its `meta.ts`: a name, a title, a zod schema for its props
 * (defaults, ranges and descriptions live there) and named presets. The same schema validates
 * MDX props at build time, share links and embed URLs at run time.
 */
export interface WidgetMeta<S extends z.ZodObject = z.ZodObject> extends WidgetInfo {
  readonly props: S;
  readonly presets: Readonly<
    Record<string, { readonly label: Bilingual; readonly values: Partial<z.output<S>> }>
  >;
}

export function defineWidget<S extends z.ZodObject>(meta: WidgetMeta<S>): WidgetMeta<S> {
  return meta;
}

export type PropsOf<M extends WidgetMeta> = z.output<M['props']>;
