import type { KeptTraining, Model, Sample } from '../core/model';
import type { BackendName } from '../tf/backend';
import { batchFromSamples } from '../tf/batch';
import { createReadback, type Readback } from '../tf/readback';
import { createTfModel, type TfModel } from '../tf/tfModel';
import { createTfTrainer, type TfTrainer } from '../tf/trainer';
import type { ResolvedConfig } from './config';
import { createDataStream, type DataStream } from './data';
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
  type StepCounters,
} from './stepCounters';
import type { Divergence, DivergenceProblem } from './types';

/** What settle() found in the steps it read back. */
export interface Settled {
  /** Steps that were good and are now counted. */
  readonly steps: number;
  /** When a step diverged: why, and the weights kept (the checkpoint's, or the guard's anchor). */
  readonly diverged: Divergence | null;
}

/**
 * The tfjs counterpart of TypedArraySessionCore, for batched BPTT on a tfjs backend. It cannot
 * check each step as it happens — that would read the GPU back once per step — so it works in windows:
 * dispatch() queues steps on the device, settle() reads the losses and gradient norms of all of
 * them with one asynchronous readback and counts them, and checkpoint() copies the weights to
 * this thread (asynchronously), which is what getWeights() answers and what a diverged window,
 * or a lost WebGL context, goes back to. So divergence keeps the weights of the last checkpoint
 * (at most one progress interval old), with the step counter and loss average from then — or,
 * when those score worse on the diverging step's batch, the guard's anchor (GoodWeights).
 */
export class TfSessionCore {
  readonly model: Model;
  private tfModel: TfModel | null = null;
  private trainer: TfTrainer | null = null;
  private readonly readback: Readback = createReadback(Number.MAX_SAFE_INTEGER);
  private readonly data: DataStream;
  /** Symbols of each dispatched step not yet settled, in order. */
  private pendingSymbols: number[] = [];
  /** The batch of each dispatched step not yet settled (what the guard scores weights on). */
  private pendingBatches: Sample[][] = [];
  /** The batch of the last settled step. */
  private lastBatch: Sample[] = [];
  private readonly good: GoodWeights;
  private counters: StepCounters = freshCounters();
  private saved: { weights: Float64Array; counters: StepCounters };

  constructor(
    readonly resolved: ResolvedConfig,
    private currentBackend: BackendName,
  ) {
    this.model = resolved.model;
    this.data = createDataStream(resolved);
    const weights = initialWeightsOf(resolved);
    this.saved = { weights, counters: freshCounters() };
    this.good = new GoodWeights(this.model, weights, this.saved.counters);
    this.build(weights);
  }

  get backend(): BackendName {
    return this.currentBackend;
  }

  get stepCount(): number {
    return this.counters.steps;
  }

  /** Steps dispatched and not yet settled. */
  get pending(): number {
    return this.pendingSymbols.length;
  }

  stats(): StepStats {
    return statsOf(this.counters, this.resolved.smoothing);
  }

  /** Queues one training step on the device (nothing is read back). */
  dispatch(): void {
    const { tfModel, trainer } = this.live();
    const samples = this.data.next(this.resolved.batchSize);
    const batch = batchFromSamples(tfModel.spec, samples);
    this.readback.push(trainer.trainStep(batch));
    this.pendingSymbols.push(batch.steps * batch.size);
    this.pendingBatches.push(samples);
  }

  /** Reads back the dispatched steps and counts them; on divergence, restores the checkpoint. */
  async settle(): Promise<Settled> {
    const symbols = this.pendingSymbols;
    const batches = this.pendingBatches;
    this.pendingSymbols = [];
    this.pendingBatches = [];
    const reports = await this.readback.flush();
    const first = this.counters.steps;
    for (let i = 0; i < reports.length; i++) {
      const report = reports[i]!;
      const problem =
        nonFiniteProblem(report) ?? gradLimitProblem(report, this.resolved.maxGradNorm);
      if (problem !== null)
        return { steps: i, diverged: this.keepGoodWeights(first + i + 1, problem, batches[i]!) };
      countStep(this.counters, report, symbols[i]!, this.resolved.smoothing);
      this.lastBatch = batches[i]!;
    }
    return { steps: reports.length, diverged: null };
  }

  /** After a diverging step on `batch`: back to the better of the checkpoint and the anchor. */
  private keepGoodWeights(step: number, problem: DivergenceProblem, batch: Sample[]): Divergence {
    const kept = this.good.keep(this.saved.weights, this.saved.counters, batch);
    this.saved = { weights: kept.weights, counters: kept.counters };
    this.restore();
    const parts = {
      step,
      problem,
      keptStep: kept.counters.steps,
      kept: kept.restored ? ('anchor' as const) : ('checkpoint' as const),
      clipping: (this.resolved.config.train.clipNorm ?? 0) > 0,
    };
    return { ...parts, message: divergenceMessage(parts) };
  }

  /**
   * Copies the weights to this thread (asynchronously) as the last good ones. Call with nothing
   * pending (after settle). Weights that are not all finite are not taken (reported instead).
   */
  async checkpoint(): Promise<Divergence | null> {
    const { tfModel } = this.live();
    const weights = await tfModel.readParams();
    for (let k = 0; k < weights.length; k++)
      if (!Number.isFinite(weights[k]!))
        return this.keepGoodWeights(this.counters.steps, { code: 'weight' }, this.lastBatch);
    this.saved = { weights, counters: { ...this.counters } };
    this.good.consider(weights, this.saved.counters, this.lastBatch);
    return null;
  }

  /** Back to the checkpoint's weights and counters (a fresh optimiser). */
  restore(): void {
    this.readback.dispose();
    this.pendingSymbols = [];
    this.pendingBatches = [];
    this.counters = { ...this.saved.counters };
    this.rebuildTrainer(this.saved.weights);
  }

  /**
   * Frees everything held on the device without reading it (the device may be gone: a lost
   * WebGL context). The core is unusable until moveTo().
   */
  releaseDevice(): void {
    this.readback.dispose();
    this.pendingSymbols = [];
    this.pendingBatches = [];
    try {
      this.trainer?.dispose();
      this.tfModel?.dispose();
    } catch {
      // A backend whose context is gone may fail to free its textures; they are gone anyway.
    }
    this.trainer = null;
    this.tfModel = null;
  }

  /** Continues on `backend` (already active) from the checkpoint. */
  moveTo(backend: BackendName): void {
    this.releaseDevice();
    this.currentBackend = backend;
    this.counters = { ...this.saved.counters };
    this.build(this.saved.weights);
  }

  /** Seed weights, a fresh optimiser, the data stream rewound, counters cleared. */
  reset(): void {
    this.data.restart();
    this.counters = freshCounters();
    this.saved = { weights: initialWeightsOf(this.resolved), counters: freshCounters() };
    this.good.set(this.saved.weights, this.saved.counters);
    this.rebuildTrainer(this.saved.weights);
  }

  /** The last checkpointed (good) weights, in the core layout. */
  getWeights(): Float64Array {
    return this.saved.weights.slice();
  }

  /**
   * tfjs keeps its optimiser's moments per variable on the device, in its own layout: they are
   * not read out, so a run restored here starts a fresh optimiser (the session says so through
   * the state it gives back: none).
   */
  trainingState(): KeptTraining {
    return { optimiser: null, run: null };
  }

  /** Replaces the weights (fresh optimiser; counters go on; a training state is not taken). */
  setWeights(weights: ArrayLike<number>, _training?: KeptTraining): boolean {
    const copy = checkedWeights(this.model, weights);
    this.readback.dispose();
    this.pendingSymbols = [];
    this.pendingBatches = [];
    this.saved = { weights: copy, counters: { ...this.counters } };
    this.good.set(copy, this.saved.counters);
    this.rebuildTrainer(copy);
    return false;
  }

  load(json: string): void {
    this.setWeights(weightsFromFile(this.model, json));
  }

  dispose(): void {
    this.releaseDevice();
  }

  private live(): { tfModel: TfModel; trainer: TfTrainer } {
    if (!this.tfModel || !this.trainer) throw new Error('the tfjs session has no device');
    return { tfModel: this.tfModel, trainer: this.trainer };
  }

  private build(weights: Float64Array): void {
    this.tfModel = createTfModel(this.model.spec, weights);
    this.trainer = createTfTrainer(this.tfModel, this.resolved.config.train);
  }

  /** New weights on the same device: the model's variables are overwritten, the optimiser fresh. */
  private rebuildTrainer(weights: Float64Array): void {
    const { tfModel, trainer } = this.live();
    trainer.dispose();
    tfModel.setParams(weights);
    this.trainer = createTfTrainer(tfModel, this.resolved.config.train);
  }
}
