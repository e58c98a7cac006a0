import type { ComponentType } from 'react';

type Loaded<P> = { default: ComponentType<P> };
const cache = new Map<string, Promise<unknown>>();

/**
 * One load per key of a lazily imported component module, to read with React's `use()` (which
 * suspends until it arrives and throws to the error boundary if it fails). A failed load stays
 * failed, so a retry asks with a new key (for example name + attempt). This caches code, never
 * state.
 */
export function loadComponent<P>(key: string, load: () => Promise<Loaded<P>>): Promise<Loaded<P>> {
  return loadOnce(key, load);
}

/** One load per key of any lazily imported value (a widget's meta, say), as for components. */
export function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    cache.set(key, promise);
  }
  return promise;
}
