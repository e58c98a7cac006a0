import type { Model } from '../../core/model';
import type { Sample } from '../../core/tasks';
import type { TrainingSession } from '../../sim';
import type { ControllerEvent } from '../training/sessionController';
import { evaluate, type Evaluation, type MetricKind } from './evaluate';

/**
 * What the Playground keeps beside its session: the loss at every progress event, and the
 * metric on held-out samples with the weights read at most every REFRESH_MS while training runs
 * (a forward pass on the page's thread) and whenever training stops.
 */
export interface Point {
  readonly step: number;
  readonly value: number;
}
export interface History {
  readonly losses: readonly Point[];
  readonly metrics: readonly Point[];
  /** The latest evaluation, with the step whose weights it read; null before training. */
  readonly latest: (Evaluation & { readonly step: number }) | null;
}

/** Held-out sequences the metric is measured on at most (the first one is drawn). */
const MAX_HELD_OUT = 20;
/**
 * The evaluation runs on the page's thread (docs/ARCHITECTURE.md): its forward passes may cost
 * at most this many multiply-adds (a few tens of milliseconds), so a big model reads fewer
 * held-out sequences, down to one.
 */
const EVALUATION_WORK = 2e7;

export function heldOutCount(parameters: number, length: number): number {
  const n = Math.floor(EVALUATION_WORK / Math.max(1, parameters * length));
  return Math.max(1, Math.min(MAX_HELD_OUT, n));
}

export const emptyHistory: History = { losses: [], metrics: [], latest: null };
const REFRESH_MS = 500;

/** What the reducer evaluates with: the model and held-out samples of the current config. */
export interface Evaluator {
  readonly model: Model;
  readonly samples: readonly Sample[];
  readonly kind: MetricKind;
}

export function historyReducer(evaluator: () => Evaluator | null) {
  let last = -Infinity;
  return (history: History, event: ControllerEvent, session: TrainingSession): History => {
    if (event.type === 'state' && event.reason === 'reset') return emptyHistory;
    const progress = event.type === 'progress';
    const stopped = event.type === 'state' && event.state !== 'running';
    if (!progress && !stopped) return history;
    const losses = progress
      ? [...history.losses, { step: event.step, value: event.lossSmoothed }]
      : history.losses;
    const step = progress ? event.step : (losses[losses.length - 1]?.step ?? 0);
    const now = performance.now();
    const current = evaluator();
    const fresh = !progress || now - last >= REFRESH_MS;
    if (!current || !fresh || step === 0 || history.latest?.step === step)
      return { ...history, losses };
    last = now;
    const weights = session.getWeights();
    if (weights.length !== current.model.layout.size) return { ...history, losses };
    const latest = { ...evaluate(current.model, weights, current.samples, current.kind), step };
    return { losses, metrics: [...history.metrics, { step, value: latest.metric }], latest };
  };
}
