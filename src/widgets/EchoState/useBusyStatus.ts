import { useContext, useEffect, useRef } from 'react';
import type { WidgetStatus } from '../../state/widgetStore';
import { WidgetContext } from '../host/context';

/**
 * Keeps the widget's data-status at `running` while `busy` and `ready` otherwise. The host
 * marks a widget ready as soon as its code has mounted, which may be while the first
 * computation still runs: the store listener puts `running` back within the same update, so
 * the root never shows a `ready` that is not true.
 */
export function useBusyStatus(busy: boolean): void {
  const store = useContext(WidgetContext)!.store;
  const busyRef = useRef(busy);
  useEffect(() => {
    busyRef.current = busy;
    const state = store.getState();
    const want: WidgetStatus = busy ? 'running' : 'ready';
    if (state.status !== want && state.status !== 'error') state.setStatus(want);
  }, [busy, store]);
  useEffect(
    () =>
      store.subscribe((state) => {
        if (state.status === 'ready' && busyRef.current) state.setStatus('running');
      }),
    [store],
  );
}
