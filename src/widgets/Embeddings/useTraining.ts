import { useCallback, useEffect, useRef, useState } from 'react';
import { createTrainingSession, type TrainingSession } from '../../sim';
import { useWidgetState } from '../host/context';
import type { WidgetStatus } from '../../state/widgetStore';
import { TRAIN_STEPS, embeddingSessionConfig } from './training';

export interface TrainingView {
  /** The latest weights (updated with each progress event), or null before the first. */
  readonly weights: Float64Array | null;
  readonly step: number;
  readonly loss: number | null;
  readonly done: boolean;
  readonly problem: { kind: 'diverged' | 'error'; message: string } | null;
  readonly restart: () => void;
}

const fresh: Omit<TrainingView, 'restart'> = {
  weights: null,
  step: 0,
  loss: null,
  done: false,
  problem: null,
};

/**
 * Trains the embedding model live in a training session (a Web Worker where there is one) for
 * TRAIN_STEPS updates from the seed's starting weights, and reports the weights as they form.
 * The widget's status is `running` while it trains.
 */
export function useEmbeddingTraining(seed: number): TrainingView {
  const setStatus = useWidgetState<unknown, (s: WidgetStatus) => void>((s) => s.setStatus);
  const session = useRef<TrainingSession | null>(null);
  const [view, setView] = useState<Omit<TrainingView, 'restart'>>(fresh);
  // A new seed starts from nothing (the session for it is made in the effect below).
  const [viewSeed, setViewSeed] = useState(seed);
  if (viewSeed !== seed) {
    setViewSeed(seed);
    setView(fresh);
  }

  const run = useCallback(
    (s: TrainingSession) => {
      void s.step(TRAIN_STEPS).then(() => {
        if (session.current !== s || s.state === 'disposed') return;
        const step = s.progress?.step ?? 0;
        setView((v) => ({
          ...v,
          weights: s.getWeights(),
          step,
          loss: s.progress?.loss ?? v.loss,
          done: step >= TRAIN_STEPS,
        }));
        setStatus('ready');
      });
    },
    [setStatus],
  );

  useEffect(() => {
    const s = createTrainingSession(embeddingSessionConfig(seed), { concurrent: true });
    session.current = s;
    const off = s.on((event) => {
      // 'running' is asserted again with each progress event: the host marks the widget ready
      // once after mounting, which may come after the session's first state event.
      if (event.type === 'progress') {
        setView((v) => ({
          ...v,
          weights: s.getWeights(),
          step: event.step,
          loss: event.lossSmoothed,
        }));
        if (s.state === 'running') setStatus('running');
      } else if (event.type === 'state' && event.state === 'running') setStatus('running');
      else if (event.type === 'diverged' || event.type === 'error') {
        setView((v) => ({ ...v, problem: { kind: event.type, message: event.message } }));
        setStatus('ready');
      }
    });
    run(s);
    return () => {
      off();
      s.dispose();
      if (session.current === s) session.current = null;
    };
  }, [seed, run, setStatus]);

  const restart = useCallback(() => {
    const s = session.current;
    if (!s) return;
    setView(fresh);
    void s.reset().then(() => run(s));
  }, [run]);

  return { ...view, restart };
}
