import { useEffect, useState, type RefObject } from 'react';
import { useStrings } from '../../ui/LangContext';
import { useDeferredStore } from '../../ui/useDeferredStore';
import { useExportSource } from './exportSources';
import type { SessionController, SessionSnapshot } from './sessionController';
import { sessionWords } from './sessionWords';

/**
 * A widget's SessionController and its snapshot. `create` runs once (a StrictMode double call
 * makes an extra controller that never subscribes, so never builds a session); the session
 * lives while the component is mounted. With `root`, the session holds while that element is
 * off screen (IntersectionObserver). What stops or refuses a session is worded in the page's
 * language (sessionWords). The snapshot is rendered as a transition (useDeferredStore).
 */
export function useSessionController<X>(
  create: () => SessionController<X>,
  root?: RefObject<Element | null>,
): { controller: SessionController<X>; snapshot: SessionSnapshot<X> } {
  const t = useStrings().engineReasons;
  // Refusals and divergences in the reader's language, before the first session is built.
  const [controller] = useState(() => create().speak(sessionWords(t)));
  // Every training figure's session can be exported from the host's "Code" tool.
  const [source] = useState(() => ({
    read: () => controller.exportSnapshot(),
    subscribe: controller.subscribe,
  }));
  useExportSource(source);
  // Reports arrive ten times a second per figure: each renders as a transition, in slices.
  const snapshot = useDeferredStore(controller.subscribe, controller.getSnapshot);
  useEffect(() => {
    const el = root?.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) =>
      controller.setOnScreen(entries.some((e) => e.isIntersecting)),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [controller, root]);
  return { controller, snapshot };
}
