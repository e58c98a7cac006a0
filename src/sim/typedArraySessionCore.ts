import { type Model, type SavedModel, saveModel } from '../core/model';
import { createTrainer, type StepReport, type Trainer } from '../core/train';
import { resolveConfig, type ResolvedConfig } from './config';
import { createDataStream, type DataStream } from './data';
import type { StepStats } from './progress';
import { checkedWeights, initialWeightsOf, weightsFromFile } from './sessionWeights';
import {
  countStep,
  freshCounters,
  gradLimitProblem,
  nonFiniteProblem,
  statsOf,
} from './stepCounters';
import type { SessionConfig, StepOutcome } from './types';

/**
 * The synchronous heart of a training session: the weights, the trainer, the data stream and
 * the step counters, with no timers and no messaging. The worker and the main-thread runner both
 * drive this one class, so a session behaves the same wherever it runs.
 *
 * Every step is guarded: the weights are copied before it, and a step whose loss or gradient is
 * not finite, whose gradient norm exceeds the configured limit, or that leaves a weight
 * non-finite is undone — so the weights the session holds are always the last good ones.
 */
export class TypedArraySessionCore {
  readonly resolved: ResolvedConfig;
  readonly model: Model;
  private params: Float64Array;
  private readonly backup: Float64Array;
  private trainer: Trainer;
  private readonly data: DataStream;
  private counters = freshCounters();

  constructor(config: SessionConfig | ResolvedConfig) {
    this.resolved = 'model' in config ? config : resolveConfig(config);
    this.model = this.resolved.model;
    this.params = this.initialWeights();
    this.backup = new Float64Array(this.params.length);
    this.trainer = createTrainer(this.model, this.resolved.config.train);
    this.data = createDataStream(this.resolved);
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
    try {
      const batch = this.data.next(algorithm.kind === 'bptt' ? batchSize : 1);
      for (const s of batch) symbols += s.inputs.length;
      report =
        algorithm.kind === 'bptt'
          ? this.trainer.bpttStep(params, batch)
          : algorithm.kind === 'tbptt'
            ? this.trainer.tbpttSequence(params, batch[0]!, algorithm)
            : this.trainer.rtrlSequence(params, batch[0]!);
    } catch (e) {
      params.set(this.backup);
      throw e;
    }
    const problem = this.problemWith(report);
    if (problem !== null) {
      params.set(this.backup);
      const message =
        `Training diverged at step ${this.counters.steps + 1}: ${problem}. The weights from before ` +
        'this step are kept; lower the learning rate, clip the gradient, or reset.';
      return { loss: report.loss, gradNorm: report.gradNorm, diverged: message };
    }
    countStep(this.counters, report, symbols, this.resolved.smoothing);
    return { loss: report.loss, gradNorm: report.gradNorm, diverged: null };
  }

  private problemWith(report: StepReport): string | null {
    const problem =
      nonFiniteProblem(report) ??
      (report.diverged ? 'a loss or gradient was not a finite number' : null) ??
      gradLimitProblem(report, this.resolved.maxGradNorm);
    if (problem !== null) return problem;
    for (let k = 0; k < this.params.length; k++)
      if (!Number.isFinite(this.params[k]!)) return 'a weight grew beyond the range of numbers';
    return null;
  }

  /** Fresh weights from the seed, a fresh optimiser, the data stream rewound, counters cleared. */
  reset(): void {
    this.params = this.initialWeights();
    this.trainer = createTrainer(this.model, this.resolved.config.train);
    this.data.restart();
    this.counters = freshCounters();
  }

  /** A copy of the current (always last good) weights, in the core layout. */
  getWeights(): Float64Array {
    return this.params.slice();
  }

  /**
   * Replaces the weights (the optimiser's moments restart; the step counters go on). Frozen
   * entries — a clockwork RNN's masked weights — are kept at zero.
   */
  setWeights(weights: ArrayLike<number>): void {
    this.params.set(checkedWeights(this.model, weights));
    this.trainer.optimiser.reset();
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
