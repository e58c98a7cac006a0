import { pageScheduler } from '../../sim';

/**
 * The tab's visibility, for the whole page: `followPageVisibility()` (called once by each entry —
 * site, embed, harness) tells the page's scheduler when the tab is hidden or shown, so every
 * session on it stops while the reader cannot see it; controllers subscribe to say so.
 */
const listeners = new Set<() => void>();
let following = false;

/** Installs the one visibilitychange listener of the page (later calls do nothing). */
export function followPageVisibility(): void {
  if (following || typeof document === 'undefined') return;
  following = true;
  const apply = () => {
    pageScheduler.setPageVisible(!tabHidden());
    for (const listener of [...listeners]) listener();
  };
  document.addEventListener('visibilitychange', apply);
  apply();
}

/** Whether the reader's tab is hidden now (minimised, another tab in front). */
export function tabHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

/** Calls `listener` after each change the page scheduler has been told of; returns the unsubscribe. */
export function onTabVisibility(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
