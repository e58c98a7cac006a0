import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Whether a box is wider inside than out (so it scrolls sideways), measured again when `deps`
 * change or the box resizes. A box that scrolls should take focus, so a keyboard can scroll it.
 * Measured in a ResizeObserver's callback, which comes after the browser's own layout: measuring
 * here, in a layout effect, forced a layout of the whole page at every render — each progress
 * report of a training figure with a numbers table.
 */
export function useScrollsSideways<E extends HTMLElement>(deps: readonly unknown[]) {
  const ref = useRef<E>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    // Even one pixel of overflow scrolls, and a box that scrolls must take focus (axe counts it).
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth);
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return undefined;
    }
    // Its first callback, for the sizes the boxes have now, is the first measurement.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    // The content too: it can widen inside a box of unchanged size.
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    // A web font arriving late widens text inside boxes whose own size stays (KaTeX's block
    // boxes are as wide as the page's column whatever the formula's width).
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    fonts?.addEventListener('loadingdone', measure);
    return () => {
      observer.disconnect();
      fonts?.removeEventListener('loadingdone', measure);
    };
    // The caller names what changes the box's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return [ref, scrolls] as const;
}
