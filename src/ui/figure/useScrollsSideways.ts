import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Whether a box is wider inside than out (so it scrolls sideways), measured again when `deps`
 * change or the box resizes. A box that scrolls should take focus, so a keyboard can scroll it.
 */
export function useScrollsSideways<E extends HTMLElement>(deps: readonly unknown[]) {
  const ref = useRef<E>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    // The content too: it can widen inside a box of unchanged size (a web font arriving late).
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
    // The caller names what changes the box's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return [ref, scrolls] as const;
}
