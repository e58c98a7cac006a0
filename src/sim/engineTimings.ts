import type { Model } from '../core/model';
import type { StepReport, Trainer, TrainOptions } from '../core/train';
import type { Clock } from './clock';
import type { ResolvedConfig } from './config';
import { createDataStream } from './data';
import type { EngineKind } from './types';

export type TrainerFactory = (model: Model, options: TrainOptions) => Trainer;

/** An engine 'auto' can train a session on and move it to mid-training (typed arrays, simd). */
export interface AutoCandidate {
  readonly engine: EngineKind;
  /** A trainer factory on a fresh instance of the engine (each call: its own memory). */
  readonly trainers: () => TrainerFactory;
  /** On the 'simd' engine: which build runs. */
  readonly wasmBuild?: 'simd' | 'scalar';
}

export interface MeasureTiming {
  /** Longest run of measuring between two training slices, ms (at least one step). Default 8. */
  readonly chunkMs?: number;
  /** Timed training per candidate, ms. Default 300. */
  readonly candidateMs?: number;
  /** Timed steps per candidate at least (slow models: a step can take a second). Default 3. */
  readonly minSteps?: number;
}

interface Entry {
  readonly candidate: AutoCandidate;
  readonly step: () => StepReport;
  readonly reset: () => void;
  warm: boolean;
  steps: number;
  ms: number;
  failed: string | null;
}

/**
 * Times each candidate engine on the session's own model, settings and a batch of its data, on
 * a copy of the weights (the session's weights never see these steps), in chunks of at most
 * `chunkMs` so a caller can interleave them with training. The candidates take turns, chunk by
 * chunk, so a passing load slows them alike; each one's first step (compiling, warming caches)
 * is not timed.
 */
export class EngineTimings {
  private readonly entries: Entry[];
  private next = 0;
  private readonly chunkMs: number;
  private readonly candidateMs: number;
  private readonly minSteps: number;

  constructor(
    resolved: ResolvedConfig,
    candidates: readonly AutoCandidate[],
    weights: Float64Array,
    private readonly clock: Clock,
    timing: MeasureTiming = {},
  ) {
    this.chunkMs = timing.chunkMs ?? 8;
    this.candidateMs = timing.candidateMs ?? 300;
    this.minSteps = timing.minSteps ?? 3;
    const { algorithm, batchSize, model } = resolved;
    const batch = createDataStream(resolved).next(algorithm.kind === 'bptt' ? batchSize : 1);
    this.entries = candidates.map((candidate) => {
      const trainer = candidate.trainers()(model, resolved.config.train);
      const params = weights.slice();
      return {
        candidate,
        step: () =>
          algorithm.kind === 'tbptt'
            ? trainer.tbpttSequence(params, batch[0]!, algorithm)
            : trainer.bpttStep(params, batch),
        // A diverging measurement step starts the next one from the session's weights again.
        reset: () => params.set(weights),
        warm: false,
        steps: 0,
        ms: 0,
        failed: null,
      };
    });
  }

  get done(): boolean {
    return this.entries.every((e) => this.finished(e));
  }

  /** Measures the next candidate for one chunk; returns whether every candidate is done. */
  chunk(): boolean {
    const open = this.entries.filter((e) => !this.finished(e));
    if (open.length === 0) return true;
    const entry = open[this.next++ % open.length]!;
    const start = this.clock.now();
    do {
      const before = this.clock.now();
      try {
        const report = entry.step();
        if (report.diverged || !Number.isFinite(report.loss)) entry.reset();
      } catch (e) {
        entry.failed = e instanceof Error ? e.message : String(e);
        break;
      }
      const after = this.clock.now();
      if (entry.warm) {
        entry.steps++;
        entry.ms += after - before;
      } else entry.warm = true;
    } while (this.clock.now() - start < this.chunkMs && !this.finished(entry));
    return this.done;
  }

  /** Steps per second of each candidate measured so far (0: failed or not timed yet). */
  rates(): Partial<Record<EngineKind, number>> {
    const out: Partial<Record<EngineKind, number>> = {};
    for (const e of this.entries)
      out[e.candidate.engine] =
        e.failed || e.steps === 0 ? 0 : (1000 * e.steps) / Math.max(e.ms, 1e-3);
    return out;
  }

  private finished(e: Entry): boolean {
    return e.failed !== null || (e.ms >= this.candidateMs && e.steps >= this.minSteps);
  }
}
