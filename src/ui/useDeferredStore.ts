import { startTransition, useEffect, useState } from 'react';

/**
 * The snapshot of an external store (subscribe / getSnapshot, as useSyncExternalStore takes),
 * rendered as a transition: React renders the figure in slices that yield to the page, instead
 * of in one piece per change as useSyncExternalStore must. For stores that change many times a
 * second (a training session's reports) and are read by one component that hands them down: a
 * render may show the store a report behind, never a torn mix (there is one reader).
 */
export function useDeferredStore<S>(
  subscribe: (listener: () => void) => () => void,
  getSnapshot: () => S,
): S {
  const [snapshot, setSnapshot] = useState(getSnapshot);
  const rendered = snapshot;
  useEffect(() => {
    const follow = () => startTransition(() => setSnapshot(getSnapshot()));
    const unsubscribe = subscribe(follow);
    // A change between the render and this subscription (subscribing may itself make one).
    if (getSnapshot() !== rendered) follow();
    return unsubscribe;
    // `rendered` is what this render shows; a later one is caught by the subscription.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subscribe, getSnapshot]);
  return snapshot;
}
