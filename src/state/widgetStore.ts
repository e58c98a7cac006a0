import { createStore, type StoreApi } from 'zustand/vanilla';
import type * as z from 'zod';
import type { WidgetMeta } from './widgetMeta';

/** `data-status` of a widget's root, as the widget contract defines it. */
export type WidgetStatus = 'loading' | 'ready' | 'running' | 'error';

export interface WidgetState<P> {
  /** The reader's settings; they serialise to a share link. */
  props: P;
  status: WidgetStatus;
  setProps(patch: Partial<P>): void;
  setStatus(status: WidgetStatus): void;
  /** Back to the schema's defaults (the MDX author's props count as defaults). */
  reset(): void;
}

export type WidgetStore<P> = StoreApi<WidgetState<P>>;

/**
 * One store per widget instance (never a module-level singleton), so two copies of a widget on
 * a page or in an embed never share state. `initial` is validated; `baseline` is what reset
 * returns to.
 */
export function createWidgetStore<S extends z.ZodObject>(
  meta: WidgetMeta<S>,
  baseline: z.output<S>,
  initial: z.output<S> = baseline,
): WidgetStore<z.output<S>> {
  return createStore<WidgetState<z.output<S>>>()((set) => ({
    props: initial,
    status: 'loading',
    setProps: (patch) =>
      set((state) => {
        const next = meta.props.safeParse({ ...state.props, ...patch });
        // A patch that breaks the schema is a programming error in the widget: keep the old props.
        if (!next.success) {
          console.warn(`${meta.name}: refused props ${JSON.stringify(patch)}`, next.error.issues);
          return state;
        }
        return { props: next.data };
      }),
    setStatus: (status) => set({ status }),
    reset: () => set({ props: baseline }),
  }));
}
