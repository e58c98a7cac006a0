import { initParams } from '../core/model/init';
import type { Model } from '../core/model/model';
import { loadModel, saveModel, type SavedModel } from '../core/model/saveFormat';
import { createTrainer, type StepReport, type Trainer } from '../core/train/trainer';
import { resolveConfig, type ResolvedConfig } from './config';
import { createDataStream, type DataStream } from './data';
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
export class SessionCore {
  readonly resolved: ResolvedConfig;
  readonly model: Model;
  private params: Float64Array;
  private readonly backup: Float64Array;
  private trainer: Trainer;
  private readonly data: DataStream;
  private steps = 0;
  private symbols = 0;
  private lastLoss = NaN;
  private lastGradNorm = NaN;
  private ema = 0;

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
    return this.steps;
  }

  /** The counters the progress events report. */
  stats() {
    const beta = this.resolved.smoothing;
    const correction = 1 - beta ** this.steps;
    return {
      step: this.steps,
      symbols: this.symbols,
      loss: this.lastLoss,
      lossSmoothed: this.steps > 0 ? this.ema / correction : NaN,
      gradNorm: this.lastGradNorm,
    };
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
        `Training diverged at step ${this.steps + 1}: ${problem}. The weights from before ` +
        'this step are kept; lower the learning rate, clip the gradient, or reset.';
      return { loss: report.loss, gradNorm: report.gradNorm, diverged: message };
    }
    this.steps++;
    this.symbols += symbols;
    this.lastLoss = report.loss;
    this.lastGradNorm = report.gradNorm;
    const beta = this.resolved.smoothing;
    this.ema = beta * this.ema + (1 - beta) * report.loss;
    return { loss: report.loss, gradNorm: report.gradNorm, diverged: null };
  }

  private problemWith(report: StepReport): string | null {
    const limit = this.resolved.maxGradNorm;
    if (!Number.isFinite(report.loss)) return `the loss became ${show(report.loss)}`;
    if (!Number.isFinite(report.gradNorm))
      return `the gradient norm became ${show(report.gradNorm)}`;
    if (report.diverged) return 'a loss or gradient was not a finite number';
    if (report.gradNorm > limit)
      return `the gradient norm reached ${show(report.gradNorm)}, above the limit of ${show(limit)}`;
    for (let k = 0; k < this.params.length; k++)
      if (!Number.isFinite(this.params[k]!)) return 'a weight grew beyond the range of numbers';
    return null;
  }

  /** Fresh weights from the seed, a fresh optimiser, the data stream rewound, counters cleared. */
  reset(): void {
    this.params = this.initialWeights();
    this.trainer = createTrainer(this.model, this.resolved.config.train);
    this.data.restart();
    this.steps = 0;
    this.symbols = 0;
    this.lastLoss = NaN;
    this.lastGradNorm = NaN;
    this.ema = 0;
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
    const size = this.model.layout.size;
    if (weights.length !== size)
      throw new Error(`this model has ${size} weights; ${weights.length} were given`);
    for (let k = 0; k < size; k++)
      if (!Number.isFinite(weights[k]!))
        throw new Error(`weight ${k} is ${weights[k]}; weights must be finite numbers`);
    this.params.set(weights);
    const { frozen } = this.model;
    if (frozen) for (let k = 0; k < size; k++) if (frozen[k]) this.params[k] = 0;
    this.trainer.optimiser.reset();
  }

  /** Loads a saved-model file made for the same model spec. */
  load(json: string): void {
    const { model, params } = loadModel(json);
    if (canonical(model.spec) !== canonical(this.model.spec)) {
      throw new Error(
        'the file holds a different model from this session’s ' +
          `(file: ${describeModel(model)}; session: ${describeModel(this.model)})`,
      );
    }
    this.setWeights(params);
  }

  /** The current weights as a saved-model file, noting the step count. */
  save(meta?: SavedModel['meta']): string {
    return saveModel(this.model, this.params, { steps: this.steps, ...meta });
  }
}

/** The weights a config's seed gives (both engines start, and reset, from these). */
export function initialWeightsOf(resolved: ResolvedConfig): Float64Array {
  const { config, model } = resolved;
  return initParams(model, config.seed, config.init, config.initOptions);
}

function show(x: number): string {
  return Number.isFinite(x) ? x.toPrecision(3) : String(x);
}

/** JSON with sorted keys, so two specs compare equal whatever order their fields were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function describeModel(model: Model): string {
  const s = model.spec;
  return `${s.cell.kind} ${s.inputSize}→${s.hiddenSize}→${s.outputSize}, ${s.layers} layer(s)${
    s.bidirectional ? ', bidirectional' : ''
  }`;
}
