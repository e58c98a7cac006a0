import { use, type ComponentType } from 'react';

type Loaded<P> = { default: ComponentType<P> };
const cache = new Map<string, Promise<unknown>>();
/** The values that have arrived, by key (a failed load is never here). */
const arrived = new Map<string, { readonly value: unknown }>();

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
    promise.then(
      (value) => arrived.set(key, { value }),
      // Read through use(), which throws it to the error boundary.
      () => undefined,
    );
  }
  return promise;
}

/**
 * `loadOnce(key, load)` read in a render: through `use()` (suspending) until the value arrives,
 * then straight from the cache. Once arrived it must not go through `use()`: under `act()`
 * (component tests), React counts any `use()` of a promise in work that then continues as a
 * suspension, and a synchronous `act` (a fired click) drops the rest of that work — a pending
 * transition below (a training report, a Reset) was then never rendered. See
 * useDeferredStore.dom.test.tsx.
 */
export function useLoaded<T>(key: string, load: () => Promise<T>): T {
  const hit = arrived.get(key);
  return hit ? (hit.value as T) : use(loadOnce(key, load));
}
