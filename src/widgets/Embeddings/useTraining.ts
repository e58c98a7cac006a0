import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import type { TrainingSession } from '../../sim';
import { useWidgetBusy } from '../host/context';
import {
  SessionController,
  type ControllerEvent,
  type HeldBy,
} from '../training/sessionController';
import { useSessionController } from '../training/useSessionController';
import { TRAIN_STEPS, embeddingSessionConfig } from './training';

export interface TrainingView {
  /** The latest weights (updated with each progress event), or null before the first. */
  readonly weights: Float64Array | null;
  readonly step: number;
  readonly loss: number | null;
  readonly done: boolean;
  readonly problem: { kind: 'diverged' | 'error'; message: string } | null;
  /** Training waits for the reader (tab hidden, figure off screen). */
  readonly held: HeldBy | null;
  readonly restart: () => void;
}

/** The weights as they form: read with each progress event and when the run ends. */
function latestWeights(
  weights: Float64Array | null,
  event: ControllerEvent,
  session: TrainingSession,
): Float64Array | null {
  if (event.type === 'progress') return session.getWeights();
  if (event.type !== 'state') return weights;
  if (event.reason === 'reset') return null;
  return event.reason === 'done' ? session.getWeights() : weights;
}

/**
 * Trains the embedding model live in a training session (a Web Worker where there is one) for
 * TRAIN_STEPS updates from the seed's starting weights, and reports the weights as they form.
 * A new seed is a new session. The widget's status is `running` while it trains; training holds
 * while `root` is off screen or the tab hidden.
 */
export function useEmbeddingTraining(seed: number, root?: RefObject<Element | null>): TrainingView {
  const config = useMemo(() => embeddingSessionConfig(seed), [seed]);
  const { controller, snapshot } = useSessionController(
    () =>
      new SessionController(config, {
        session: { concurrent: true },
        extra: { initial: null, reduce: latestWeights },
      }),
    root,
  );
  useEffect(() => void controller.configure(config), [controller, config]);

  // Each new session (mount, a new seed) trains from its seed's weights.
  const { session, state, step, progress, error, held } = snapshot;
  useEffect(() => {
    if (session) void controller.step(TRAIN_STEPS);
  }, [controller, session]);

  useWidgetBusy(state === 'running');

  const restart = useCallback(() => {
    void controller.reset().then(() => controller.step(TRAIN_STEPS));
  }, [controller]);

  const done = step >= TRAIN_STEPS;
  return {
    weights: snapshot.extra,
    step,
    loss: (done ? progress?.loss : progress?.lossSmoothed) ?? null,
    done,
    problem: error ? { kind: state === 'diverged' ? 'diverged' : 'error', message: error } : null,
    held,
    restart,
  };
}
