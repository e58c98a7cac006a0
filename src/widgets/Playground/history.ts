import type { TrainingSession } from '../../sim';
import type { MetricKind, Watch } from '../../core/experiments';
import type { Model } from '../../core/model';
import type { Sample } from '../../core/tasks';
import type { ControllerEvent } from '../training/sessionController';

/**
 * What the Playground keeps beside its session: the loss at every progress event (with the
 * training time, paused time excluded), the weights waiting to be watched — taken at most every
 * REFRESH_MS while training runs and whenever it stops — and what the Watch job (watch/) made
 * of the weights it read: the metric at each such step, and the latest views. A restore (weights
 * put in with their run) starts it afresh at the restored step, its weights watched at once.
 */
export interface Point {
  readonly step: number;
  readonly value: number;
  /** Seconds of training at that step, paused time excluded. */
  readonly seconds: number;
}

/** Weights read from the session at a step, for the Watch job. */
export interface WeightsAt {
  readonly step: number;
  readonly seconds: number;
  readonly weights: Float64Array;
}

export interface History {
  readonly losses: readonly Point[];
  readonly metrics: readonly Point[];
  /** The latest Watch, with the step whose weights it read; null before the first. */
  readonly latest: (Watch & { readonly step: number }) | null;
  /** The newest weights read; the Watch job takes them when it is free. */
  readonly pending: WeightsAt | null;
  /** ‖∂E/∂s_t‖ with the seed's weights, drawn beside the latest. */
  readonly startGradients: readonly number[] | null;
}

/** Held-out sequences the metric is measured on at most (the first one is drawn). */
const MAX_HELD_OUT = 20;
/**
 * The Watch job's forward passes over the held-out samples may cost at most this many
 * multiply-adds (a worker's tenth of a second or so, repeated while training runs), so a big
 * model reads fewer held-out sequences, down to one.
 */
const EVALUATION_WORK = 5e7;

export function heldOutCount(parameters: number, length: number): number {
  const n = Math.floor(EVALUATION_WORK / Math.max(1, parameters * length));
  return Math.max(1, Math.min(MAX_HELD_OUT, n));
}

/** The model and held-out samples of the current config, and the metric they are scored by. */
export interface Evaluator {
  readonly model: Model;
  readonly samples: readonly Sample[];
  readonly kind: MetricKind;
}

export const emptyHistory: History = {
  losses: [],
  metrics: [],
  latest: null,
  pending: null,
  startGradients: null,
};
const REFRESH_MS = 500;

export function historyReducer() {
  let last = -Infinity;
  let seconds = 0;
  // A run was restored: the progress event that follows names its step.
  let restored = false;
  return (history: History, event: ControllerEvent, session: TrainingSession): History => {
    if (event.type === 'state' && event.reason === 'reset') {
      seconds = 0;
      return emptyHistory;
    }
    // A restore starts the curves afresh at the restored run's step; the seed's ‖∂E/∂s_t‖
    // (same settings, same seed) stays for comparison.
    if (event.type === 'state' && event.reason === 'restored') {
      seconds = 0;
      restored = true;
      return { ...emptyHistory, startGradients: history.startGradients };
    }
    const progress = event.type === 'progress';
    const stopped = event.type === 'state' && event.state !== 'running';
    if (!progress && !stopped) return history;
    if (progress) seconds = event.elapsedMs / 1000;
    const losses = progress
      ? [...history.losses, { step: event.step, value: event.lossSmoothed, seconds }]
      : history.losses;
    const step = losses[losses.length - 1]?.step ?? 0;
    const now = performance.now();
    // The restored weights are watched at once, whatever their step (0 included).
    const first = progress && restored;
    if (progress) restored = false;
    const due = !progress || now - last >= REFRESH_MS || first;
    if (!first && (!due || step === 0 || history.pending?.step === step))
      return { ...history, losses };
    last = now;
    return { ...history, losses, pending: { step, seconds, weights: session.getWeights() } };
  };
}

/** The Watch of the weights at `at` added to the history, unless a reset came in between. */
export function withWatch(history: History, at: WeightsAt, watch: Watch): History {
  const known = at.step === 0 || history.losses.some((p) => p.step === at.step);
  if (!known || (history.latest && history.latest.step > at.step)) return history;
  const point = { step: at.step, value: watch.metric, seconds: at.seconds };
  const metrics = history.metrics.some((p) => p.step === at.step)
    ? history.metrics
    : [...history.metrics, point];
  const latest = { ...watch, step: at.step };
  if (at.step !== 0) return { ...history, metrics, latest };
  return { ...history, metrics, latest, startGradients: watch.stateGradients };
}
