import { forward, sequenceLoss, type Model, type Sample } from '../core/model';
import type { StepCounters } from './stepCounters';

/** How many steps pass, at least, between two checks of whether the anchor can move forward. */
export const ANCHOR_EVERY = 50;

/** Mean loss per target step of `weights` on `batch` (forward pass only). */
export function batchLoss(model: Model, weights: Float64Array, batch: readonly Sample[]): number {
  let loss = 0;
  let count = 0;
  for (const sample of batch) {
    const r = sequenceLoss(model, forward(model, weights, sample.inputs), sample.targets);
    loss += r.loss;
    count += r.count;
  }
  return loss / Math.max(count, 1);
}

/** `a` scores no worse than `b` (a loss that is not a finite number scores worst). */
const noWorse = (a: number, b: number) => Number.isFinite(a) && (!Number.isFinite(b) || a <= b);

/** What a session keeps after a diverging step. */
export interface KeptWeights {
  readonly weights: Float64Array;
  readonly counters: StepCounters;
  /** The anchor was restored (the held weights scored worse on the diverging batch). */
  readonly restored: boolean;
}

/**
 * The divergence guard's anchor: weights known to be good, with the counters of their step.
 * It is set whenever weights come from outside the training loop (a new session, weights carried
 * into a session with a new learning rate or optimiser, a file, a reset), so it always holds the
 * weights from before any change of how training runs; it moves forward only to weights whose
 * loss on a batch is no worse than its own. A few steps at a ruinous learning rate can wreck the
 * weights while every number stays finite; when the step that overflows comes, the session keeps
 * whichever of its held weights and the anchor scores better on that step's batch — so a stop
 * never leaves the reader with weights worse than before the bad steps.
 */
export class GoodWeights {
  private weights: Float64Array;
  private counters: StepCounters;
  private checkedAt: number;

  constructor(
    private readonly model: Model,
    weights: Float64Array,
    counters: StepCounters,
  ) {
    this.weights = weights.slice();
    this.counters = { ...counters };
    this.checkedAt = counters.steps;
  }

  /** Weights set from outside the training loop become the anchor. */
  set(weights: Float64Array, counters: StepCounters): void {
    this.weights = weights.slice();
    this.counters = { ...counters };
    this.checkedAt = counters.steps;
  }

  /**
   * Every ANCHOR_EVERY steps: moves the anchor to `weights` (at `counters`) when their loss on
   * `batch` is no worse than the anchor's.
   */
  consider(weights: Float64Array, counters: StepCounters, batch: readonly Sample[]): void {
    if (counters.steps - this.checkedAt < ANCHOR_EVERY || batch.length === 0) return;
    this.checkedAt = counters.steps;
    if (noWorse(batchLoss(this.model, weights, batch), batchLoss(this.model, this.weights, batch)))
      this.set(weights, counters);
  }

  /**
   * What to keep after a step diverged on `batch`: the held weights (`held`, at `counters`)
   * unless the anchor scores better on that batch. When neither scores (the batch itself is
   * not finite), the held weights stay.
   */
  keep(held: Float64Array, counters: StepCounters, batch: readonly Sample[]): KeptWeights {
    const heldLoss = batch.length > 0 ? batchLoss(this.model, held, batch) : NaN;
    const anchorLoss = batch.length > 0 ? batchLoss(this.model, this.weights, batch) : NaN;
    const restore = Number.isFinite(anchorLoss) && !noWorse(heldLoss, anchorLoss);
    return restore
      ? { weights: this.weights.slice(), counters: { ...this.counters }, restored: true }
      : { weights: held, counters, restored: false };
  }
}
