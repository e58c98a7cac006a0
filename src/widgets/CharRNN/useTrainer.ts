import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { CharTrainer, type TrainerSnapshot } from './controller';

/**
 * The widget's CharTrainer (disposed on unmount, so no worker outlives the widget), its
 * snapshot, and the viewport visibility that pauses it when scrolled away.
 */
export function useTrainer(root: RefObject<Element | null>): {
  trainer: CharTrainer;
  snapshot: TrainerSnapshot;
} {
  const [trainer] = useState(() => new CharTrainer());
  // Disposing stops the worker; the next configure() (a StrictMode remount) builds a new one.
  useEffect(() => () => trainer.dispose(), [trainer]);
  const snapshot = useSyncExternalStore(
    trainer.subscribe,
    () => trainer.snapshot,
    () => trainer.snapshot,
  );
  useEffect(() => {
    const el = root.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) =>
      trainer.setVisible(entries.some((e) => e.isIntersecting)),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [trainer, root]);
  return { trainer, snapshot };
}

/**
 * The version the views (samples, heatmap) redraw at: every change while stopped, at most
 * twice a second while training.
 */
export function useThrottledVersion(version: number, running: boolean, ms = 500): number {
  const [shown, setShown] = useState(version);
  const latest = useRef(version);
  useEffect(() => {
    latest.current = version;
  }, [version]);
  if (!running && shown !== version) setShown(version);
  useEffect(() => {
    if (!running) return undefined;
    const id = setInterval(() => setShown(latest.current), ms);
    return () => clearInterval(id);
  }, [running, ms]);
  return shown;
}
