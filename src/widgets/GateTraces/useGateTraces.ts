import { useEffect, useMemo, type RefObject } from 'react';
import { createModel, initParams } from '../../core/model';
import { gateTraceSpec, gateTrace, summariseGateTraces } from '../../core/experiments';
import type { TrainingSession } from '../../sim';
import { useWidgetBusy } from '../host/context';
import { SessionController, type ControllerEvent } from '../training/sessionController';
import { useSessionController } from '../training/useSessionController';
import {
  SCORED_STREAMS,
  SHOWN_STREAM,
  TRAIN_STEPS,
  gateTraceSessionConfig,
  type GateTraceSettings,
} from './training';

/** The weights as they train, read with each progress event (at most ten a second). */
function latestWeights(
  weights: Float64Array | null,
  event: ControllerEvent,
  session: TrainingSession,
): Float64Array | null {
  if (event.type === 'progress') return session.getWeights();
  if (event.type === 'state' && event.reason === 'reset') return null;
  return weights;
}

/**
 * Trains the figure's LSTM in a training session (a Web Worker where there is one) when the
 * reader presses play, up to TRAIN_STEPS updates, and traces its gates over the shown stream
 * with the latest weights (the seed's starting weights before the first update). Training holds
 * while `root` is off screen or the tab hidden.
 */
export function useGateTraces(settings: GateTraceSettings, root: RefObject<Element | null>) {
  const { lr, hidden, forgetBias, seed } = settings;
  const config = useMemo(
    () => gateTraceSessionConfig({ lr, hidden, forgetBias, seed }),
    [lr, hidden, forgetBias, seed],
  );
  const { controller, snapshot } = useSessionController(
    () =>
      new SessionController(config, {
        session: { concurrent: true },
        extra: { initial: null, reduce: latestWeights },
      }),
    root,
  );
  useEffect(() => void controller.configure(config), [controller, config]);
  const { state, step, progress, error, held, extra } = snapshot;
  const running = state === 'running';
  useWidgetBusy(running);

  const model = useMemo(() => createModel(gateTraceSpec(hidden, forgetBias)), [hidden, forgetBias]);
  const weights = useMemo(
    () => (extra && extra.length === model.layout.size ? extra : initParams(model, seed)),
    [extra, model, seed],
  );
  const trace = useMemo(() => gateTrace(model, weights, SHOWN_STREAM), [model, weights]);
  const summary = useMemo(
    () => summariseGateTraces(model, weights, SCORED_STREAMS),
    [model, weights],
  );
  const done = step >= TRAIN_STEPS;
  return {
    trace,
    summary,
    step,
    loss: progress?.lossSmoothed ?? null,
    running,
    done,
    held,
    error,
    play: () => void controller.step(TRAIN_STEPS - step),
    pause: () => void controller.pause(),
    restart: () => void controller.reset(),
  };
}
