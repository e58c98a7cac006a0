import { useEffect, useRef } from 'react';
import type { WidgetStatus, WidgetStore } from '../state/widgetStore';

/**
 * Keeps a widget's data-status at `running` while `busy` and `ready` otherwise (nothing without
 * a store). The host marks a widget ready as soon as its code has mounted, which may be while
 * its first computation still runs: the store listener puts `running` back within the same
 * update, so the root never shows a `ready` that is not true.
 */
export function useBusyStatus(store: WidgetStore<unknown> | undefined, busy: boolean): void {
  const busyRef = useRef(busy);
  useEffect(() => {
    busyRef.current = busy;
    if (!store) return;
    const state = store.getState();
    const want: WidgetStatus = busy ? 'running' : 'ready';
    if (state.status !== want && state.status !== 'error') state.setStatus(want);
  }, [busy, store]);
  useEffect(
    () =>
      store?.subscribe((state) => {
        if (state.status === 'ready' && busyRef.current) state.setStatus('running');
      }),
    [store],
  );
}
