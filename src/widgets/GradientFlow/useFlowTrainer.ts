import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useStrings } from '../../ui/LangContext';
import { useExportSource } from '../training/exportSources';
import { sessionWords } from '../training/sessionWords';
import type { HeldBy } from '../training/sessionController';
import { FlowTrainer, type FlowHistory, type TrainerOptions } from './trainer';

const EMPTY: FlowHistory = { srn: [], lstm: [], diverged: null };

/**
 * The figure's FlowTrainer: a new one whenever a setting it depends on changes (or the reader
 * starts again), held between columns while `root` is off screen.
 */
export function useFlowTrainer(options: TrainerOptions, root: RefObject<Element | null>) {
  const { rho, activation, hidden, T, init, seed, lr, clip, lstm, every } = options;
  const trainerRef = useRef<FlowTrainer | null>(null);
  const visibleRef = useRef(true);
  const t = useStrings().engineReasons;
  const words = useMemo(() => sessionWords(t), [t]);
  const [history, setHistory] = useState<FlowHistory>(EMPTY);
  const [running, setRunning] = useState(false);
  const [held, setHeld] = useState<HeldBy | null>(null);
  const [generation, setGeneration] = useState(0);
  // The "Code" tool exports either run's settings and current weights.
  const srnSource = useMemo(
    () => ({ label: 'SRN', read: () => trainerRef.current?.exportSnapshot('srn') ?? null }),
    [],
  );
  const lstmSource = useMemo(
    () =>
      lstm
        ? { label: 'LSTM', read: () => trainerRef.current?.exportSnapshot('lstm') ?? null }
        : null,
    [lstm],
  );
  useExportSource(srnSource);
  useExportSource(lstmSource);
  useEffect(() => {
    const trainer = new FlowTrainer(
      { rho, activation, hidden, T, init, seed, lr, clip, lstm, every, words },
      (h, r, waiting) => {
        setHistory(h);
        setRunning(r);
        setHeld(waiting);
      },
    );
    trainer.setVisible(visibleRef.current);
    trainerRef.current = trainer;
    return () => {
      trainer.dispose();
      trainerRef.current = null;
    };
  }, [rho, activation, hidden, T, init, seed, lr, clip, lstm, every, words, generation]);

  // Training waits while the figure is scrolled out of view.
  useEffect(() => {
    const el = root.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      visibleRef.current = entries.some((e) => e.isIntersecting);
      trainerRef.current?.setVisible(visibleRef.current);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [root]);

  return {
    history,
    running,
    held,
    start: () => void trainerRef.current?.start(),
    pause: () => trainerRef.current?.pause(),
    advance: () => void trainerRef.current?.advance(),
    restart: () => setGeneration((g) => g + 1),
  };
}
