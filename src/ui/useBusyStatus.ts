import { useEffect, useState } from 'react';
import type { WidgetStore } from '../state/widgetStore';

/**
 * Marks one source of a widget's work busy while `busy` (nothing without a store): the root's
 * data-status is `running` while any source of the widget is busy (see WidgetState.setBusy), so
 * a job that finishes does not mark ready a figure whose training session still runs.
 */
export function useBusyStatus(store: WidgetStore<unknown> | undefined, busy: boolean): void {
  const [source] = useState(() => Symbol('busy'));
  useEffect(() => {
    store?.getState().setBusy(source, busy);
  }, [busy, store, source]);
  useEffect(() => () => store?.getState().setBusy(source, false), [store, source]);
}
