import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useSessionController } from '../training/useSessionController';
import { CharTrainer, trainerSnapshot, type TrainerSnapshot } from './controller';

/**
 * The widget's CharTrainer and its snapshot. Its session lives while the widget is mounted (no
 * worker outlives it) and holds while the widget is off screen or the tab hidden.
 */
export function useTrainer(root: RefObject<Element | null>): {
  trainer: CharTrainer;
  snapshot: TrainerSnapshot;
} {
  const [trainer] = useState(() => new CharTrainer());
  const { snapshot } = useSessionController(() => trainer.controller, root);
  return { trainer, snapshot: useMemo(() => trainerSnapshot(snapshot), [snapshot]) };
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
