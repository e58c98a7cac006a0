import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WidgetState, WidgetStore } from '../../state/widgetStore';

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
