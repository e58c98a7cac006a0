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

/** The maps and the readout follow the weights at most this often while training runs. */
const REFRESH_MS = 700;

/**
 * The weights as they train, read with a progress event at most every REFRESH_MS (scoring the
 * held-out streams costs tens of milliseconds on the page's thread), and whenever training
 * stops, so the last update is always shown.
 */
function throttledWeights() {
  let last = -Infinity;
  return (
    weights: Float64Array | null,
    event: ControllerEvent,
    session: TrainingSession,
  ): Float64Array | null => {
    if (event.type === 'progress') {
      const now = performance.now();
      if (weights && now - last < REFRESH_MS) return weights;
      last = now;
      return session.getWeights();
    }
    if (event.type !== 'state') return weights;
    if (event.reason === 'reset') return null;
    return event.state === 'running' ? weights : session.getWeights();
  };
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
        extra: { initial: null, reduce: throttledWeights() },
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
