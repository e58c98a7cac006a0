import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PropsOf, WidgetMeta } from '../../state/widgetMeta';
import type { WidgetState, WidgetStore } from '../../state/widgetStore';
import { useBusyStatus } from '../../ui/useBusyStatus';

/** What a widget gets from its host: its own store and its instance id. */
export interface WidgetContextValue {
  readonly store: WidgetStore<unknown>;
  readonly instanceId: string;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

function useWidgetContext(): WidgetContextValue {
  const ctx = useContext(WidgetContext);
  if (!ctx) throw new Error('A widget must be rendered inside a WidgetHost');
  return ctx;
}

/** The widget's state, typed by the widget (its meta's props type). */
export function useWidgetState<P, T>(selector: (state: WidgetState<P>) => T): T {
  const { store } = useWidgetContext();
  return useStore(store as WidgetStore<P>, selector);
}

export function useInstanceId(): string {
  return useWidgetContext().instanceId;
}

/**
 * The widget's props and their setter, typed from its meta:
 * `const [props, setProps] = useWidgetProps(unrollMeta);`
 */
export function useWidgetProps<M extends WidgetMeta>(
  _meta: M,
): readonly [PropsOf<M>, (patch: Partial<PropsOf<M>>) => void] {
  const props = useWidgetState<PropsOf<M>, PropsOf<M>>((s) => s.props);
  const setProps = useWidgetState<PropsOf<M>, (patch: Partial<PropsOf<M>>) => void>(
    (s) => s.setProps,
  );
  return [props, setProps] as const;
}

/**
 * The widget root's data-status is `running` while `busy` (a figure computing or animating) —
 * or while any other busy source of the same widget is (see useBusyStatus).
 */
export function useWidgetBusy(busy: boolean): void {
  useBusyStatus(useWidgetContext().store, busy);
}
