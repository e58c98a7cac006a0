import {
  type KeptTraining,
  type Model,
  type Sample,
  type SavedModel,
  saveModel,
} from '../core/model';
import { createTrainer, type StepReport, type Trainer, type TrainOptions } from '../core/train';
import { resolveConfig, type ResolvedConfig } from './config';
import { createDataStream, type DataStream } from './data';
import { createEkfSequenceTrainer, type EkfSequenceTrainer } from './ekfSession';
import { GoodWeights } from './goodWeights';
import { divergenceMessage } from './stepMessages';
import type { StepStats } from './progress';
import { checkedWeights, initialWeightsOf, weightsFromFile } from './sessionWeights';
import {
  countStep,
  freshCounters,
  gradLimitProblem,
  nonFiniteProblem,
  statsOf,
} from './stepCounters';
import type { Divergence, DivergenceProblem, SessionConfig, StepOutcome } from './types';

/**
 * The synchronous heart of a training session: the weights, the trainer, the data stream and
 * the step counters, with no timers and no messaging. The worker and the main-thread runner both
 * drive this one class, so a session behaves the same wherever it runs.
 *
 * Every step is guarded: the weights are copied before it, and a step whose loss or gradient is
 * not finite, whose gradient norm exceeds the configured limit, or that leaves a weight
 * non-finite is undone; then the session keeps the weights from before that step, or the
 * guard's anchor when those score worse (GoodWeights) — never weights worse than before the bad
 * steps.
 */
export class TypedArraySessionCore {
  readonly resolved: ResolvedConfig;
  readonly model: Model;
  private params: Float64Array;
  private readonly backup: Float64Array;
  private trainer: Trainer;
  /** The Kalman filter of an EKF session (its covariance lives across steps); null otherwise. */
  private readonly ekf: EkfSequenceTrainer | null;
  private readonly data: DataStream;
  private counters = freshCounters();
  private readonly good: GoodWeights;
  /** Why the last diverging step stopped training, and what was kept; null before one. */
  lastDivergence: Divergence | null = null;

  /** Makes the trainer (the core's; the wasm engine's sessions pass theirs, wasmSessionCore.ts). */
  private makeTrainer: (model: Model, options: TrainOptions) => Trainer;

  constructor(
    config: SessionConfig | ResolvedConfig,
    makeTrainer: (model: Model, options: TrainOptions) => Trainer = createTrainer,
  ) {
    this.resolved = 'model' in config ? config : resolveConfig(config);
    this.model = this.resolved.model;
    this.makeTrainer = makeTrainer;
    this.params = this.initialWeights();
    this.backup = new Float64Array(this.params.length);
    this.trainer = makeTrainer(this.model, this.resolved.config.train);
    const { algorithm } = this.resolved;
    this.ekf =
      algorithm.kind === 'ekf' || algorithm.kind === 'dekf'
        ? createEkfSequenceTrainer(this.model, algorithm)
        : null;
    this.data = createDataStream(this.resolved);
    this.good = new GoodWeights(this.model, this.params, this.counters);
  }

  /** The weights the seed gives (what reset() restores). */
  initialWeights(): Float64Array {
    return initialWeightsOf(this.resolved);
  }

  get stepCount(): number {
    return this.counters.steps;
  }

  /** The counters the progress events report. */
  stats(): StepStats {
    return statsOf(this.counters, this.resolved.smoothing);
  }

  /** One training step (see StepOutcome); a diverging step is undone and reported. */
  step(): StepOutcome {
    const { algorithm, batchSize } = this.resolved;
    const params = this.params;
    this.backup.set(params);
    let report: StepReport;
    let symbols = 0;
    let batch: Sample[];
    try {
      batch = this.data.next(algorithm.kind === 'bptt' ? batchSize : 1);
      for (const s of batch) symbols += s.inputs.length;
      report =
        algorithm.kind === 'bptt'
          ? this.trainer.bpttStep(params, batch)
          : algorithm.kind === 'tbptt'
            ? this.trainer.tbpttSequence(params, batch[0]!, algorithm)
            : this.ekf
              ? this.ekf.sequence(params, batch[0]!)
              : this.trainer.rtrlSequence(params, batch[0]!);
    } catch (e) {
      params.set(this.backup);
      this.ekf?.reset();
      throw e;
    }
    const problem = this.problemWith(report);
    if (problem !== null) {
      const divergence = this.keepGoodWeights(problem, batch);
      return { loss: report.loss, gradNorm: report.gradNorm, diverged: divergence.message };
    }
    this.good.consider(this.backup, this.counters, batch);
    countStep(this.counters, report, symbols, this.resolved.smoothing);
    return { loss: report.loss, gradNorm: report.gradNorm, diverged: null };
  }

  /** After a diverging step on `batch`: keeps the better of the weights before it and the anchor. */
  private keepGoodWeights(problem: DivergenceProblem, batch: readonly Sample[]): Divergence {
    const step = this.counters.steps + 1;
    const kept = this.good.keep(this.backup.slice(), { ...this.counters }, batch);
    this.params.set(kept.weights);
    this.counters = { ...kept.counters };
    if (kept.restored) this.trainer.optimiser.reset();
    // The filter updated its covariance in place during the undone step: it starts afresh.
    this.ekf?.reset();
    const parts = {
      step,
      problem,
      keptStep: kept.counters.steps,
      kept: kept.restored ? ('anchor' as const) : ('before' as const),
      clipping: (this.resolved.config.train.clipNorm ?? 0) > 0,
    };
    this.lastDivergence = { ...parts, message: divergenceMessage(parts) };
    return this.lastDivergence;
  }

  private problemWith(report: StepReport): DivergenceProblem | null {
    const problem =
      nonFiniteProblem(report) ??
      (report.diverged ? { code: 'nonFinite' as const } : null) ??
      gradLimitProblem(report, this.resolved.maxGradNorm);
    if (problem !== null) return problem;
    for (let k = 0; k < this.params.length; k++)
      if (!Number.isFinite(this.params[k]!)) return { code: 'weight' };
    return null;
  }

  /** Fresh weights from the seed, a fresh optimiser, the data stream rewound, counters cleared. */
  reset(): void {
    this.params = this.initialWeights();
    this.trainer = this.makeTrainer(this.model, this.resolved.config.train);
    this.ekf?.reset();
    this.data.restart();
    this.counters = freshCounters();
    this.good.set(this.params, this.counters);
    this.lastDivergence = null;
  }

  /**
   * Trains on from here with another engine's trainer ('auto' moving to a faster engine): the
   * weights, step counters, data stream and guard stay; the optimiser's moments and update
   * count move across, so the next step is the step the old engine would have taken.
   */
  switchTrainer(makeTrainer: (model: Model, options: TrainOptions) => Trainer): void {
    const state = this.trainer.optimiser.saveState?.() ?? null;
    this.makeTrainer = makeTrainer;
    this.trainer = makeTrainer(this.model, this.resolved.config.train);
    if (state) this.trainer.optimiser.loadState?.(state);
  }

  /** A copy of the current (always last good) weights, in the core layout. */
  getWeights(): Float64Array {
    return this.params.slice();
  }

  /**
   * What training holds beside the weights: the optimiser's kind, update count and moments (none
   * for the EKF, whose covariance is not kept), the step counters and the data stream's position.
   */
  trainingState(): KeptTraining {
    const state = this.ekf ? null : (this.trainer.optimiser.saveState?.() ?? null);
    const kind = this.resolved.config.train.optimiser.kind;
    const { steps, symbols, ema, lastLoss, lastGradNorm } = this.counters;
    return {
      optimiser: state && { kind, ...state },
      run: { steps, symbols, ema, lastLoss, lastGradNorm, ...this.data.position() },
    };
  }

  /**
   * Replaces the weights. Without `training` the optimiser's moments restart and the step
   * counters go on; with it, the run goes on from that state: the optimiser's (when it is of this
   * session's kind, else a fresh one), the counters and the data stream's position. Frozen
   * entries — a clockwork RNN's masked weights — are kept at zero.
   */
  setWeights(weights: ArrayLike<number>, training?: KeptTraining): boolean {
    this.params.set(checkedWeights(this.model, weights));
    const optimiser = training?.optimiser;
    this.trainer.optimiser.reset();
    if (optimiser && !this.ekf && optimiser.kind === this.resolved.config.train.optimiser.kind)
      this.trainer.optimiser.loadState?.(optimiser);
    this.ekf?.reset();
    const run = training?.run;
    if (run) {
      const { steps, symbols, ema, lastLoss, lastGradNorm } = run;
      this.counters = { steps, symbols, ema, lastLoss, lastGradNorm };
      this.data.seek(run);
    }
    this.good.set(this.params, this.counters);
    this.lastDivergence = null;
    return run !== undefined && run !== null;
  }

  /** Loads a saved-model file made for the same model spec. */
  load(json: string): void {
    this.setWeights(weightsFromFile(this.model, json));
  }

  /** The current weights as a saved-model file, noting the step count. */
  save(meta?: SavedModel['meta']): string {
    return saveModel(this.model, this.params, { steps: this.counters.steps, ...meta });
  }
}
