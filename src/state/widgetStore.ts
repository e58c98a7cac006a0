import { createStore, type StoreApi } from 'zustand/vanilla';
import type * as z from 'zod';
import type { WidgetMeta } from './widgetMeta';

/** `data-status` of a widget's root, as the widget contract defines it. */
export type WidgetStatus = 'loading' | 'ready' | 'running' | 'error';

/** What the host knows of a widget: its code is loading, has mounted, or threw. */
export type WidgetPhase = 'loading' | 'ready' | 'error';

export interface WidgetState<P> {
  /** The reader's settings; they serialise to a share link. */
  props: P;
  /**
   * Derived, never set directly: the phase, except that a ready widget with any busy source
   * (a training session, a job, an animation) is `running`. One figure has several sources —
   * CharRNN trains while its view jobs score the text — so none of them may overwrite another's.
   */
  status: WidgetStatus;
  phase: WidgetPhase;
  /** The sources busy now (see setBusy). */
  busy: ReadonlySet<symbol>;
  setProps(patch: Partial<P>): void;
  /** The host's part: loading, mounted, failed. */
  setPhase(phase: WidgetPhase): void;
  /** One source of work starts (true) or stops (false) computing. */
  setBusy(source: symbol, busy: boolean): void;
  /** Back to the schema's defaults (the MDX author's props count as defaults). */
  reset(): void;
}

export type WidgetStore<P> = StoreApi<WidgetState<P>>;

/**
 * One store per widget instance (never a module-level singleton), so two copies of a widget on
 * a page or in an embed never share state. `initial` is validated; `baseline` is what reset
 * returns to. The `locked` props (an embed's `lock=`) keep their initial values: patches and
 * reset leave them alone.
 */
export function createWidgetStore<S extends z.ZodObject>(
  meta: WidgetMeta<S>,
  baseline: z.output<S>,
  initial: z.output<S> = baseline,
  locked: ReadonlySet<string> = new Set(),
): WidgetStore<z.output<S>> {
  const keepLocked = (props: z.output<S>): z.output<S> => {
    if (locked.size === 0) return props;
    const out = { ...props } as Record<string, unknown>;
    for (const key of locked) out[key] = (initial as Record<string, unknown>)[key];
    return out as z.output<S>;
  };
  return createStore<WidgetState<z.output<S>>>()((set) => ({
    props: initial,
    status: 'loading',
    phase: 'loading',
    busy: new Set(),
    setProps: (patch) =>
      set((state) => {
        const next = meta.props.safeParse(keepLocked({ ...state.props, ...patch }));
        // A patch that breaks the schema is a programming error in the widget: keep the old props.
        if (!next.success) {
          console.warn(`${meta.name}: refused props ${JSON.stringify(patch)}`, next.error.issues);
          return state;
        }
        return { props: next.data };
      }),
    setPhase: (phase) => set((state) => ({ phase, status: statusOf(phase, state.busy) })),
    setBusy: (source, busy) =>
      set((state) => {
        if (state.busy.has(source) === busy) return state;
        const next = new Set(state.busy);
        if (busy) next.add(source);
        else next.delete(source);
        return { busy: next, status: statusOf(state.phase, next) };
      }),
    reset: () => set({ props: keepLocked(baseline) }),
  }));
}

function statusOf(phase: WidgetPhase, busy: ReadonlySet<symbol>): WidgetStatus {
  return phase === 'ready' && busy.size > 0 ? 'running' : phase;
}
