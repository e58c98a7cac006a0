import type { Algorithm } from '../../core/diagnostics';
import {
  createRace,
  gradientAgreement,
  probeSequence,
  type Race,
  RACE_ALGORITHMS,
  type RacerStats,
  type RaceSettings,
} from '../../core/experiments';

/** A point of a racer's curve: sequences trained, smoothed loss, training time in ms. */
export type CurvePoint = readonly [sequences: number, loss: number, elapsedMs: number];

export interface RaceProgress {
  readonly stats: readonly RacerStats[];
  /** Smoothed loss per racer (bias-corrected moving average over sequences). */
  readonly smoothed: Readonly<Record<Algorithm, number>>;
  /** New curve points since the previous progress report. */
  readonly points: Readonly<Record<Algorithm, readonly CurvePoint[]>>;
  /** RTRL against BPTT on the probe sequence at BPTT's current weights, when measured. */
  readonly agreement: {
    readonly relative: number;
    readonly maxDiff: number;
    readonly at: number;
  } | null;
  /** True on the report a pause sends: nothing more comes until the race resumes. */
  readonly paused: boolean;
}

export interface RunnerTiming {
  /** Longest run of rounds before yielding, ms. */
  readonly sliceMs: number;
  /** Least time between progress reports, ms. */
  readonly reportMs: number;
  /** Least time between two gradient-agreement checks, ms. */
  readonly agreementMs: number;
}

const SMOOTHING = 0.9;

/**
 * Drives a race in rounds — every algorithm trains on its next sequence once per round, so they
 * advance together — for a slice of time, then yields, reporting progress at a bounded rate.
 * Used by the worker and, where there is no Worker, on the main thread with short slices.
 */
export class RaceRunner {
  private readonly race: Race;
  private readonly probe;
  private readonly ema = {} as Record<Algorithm, number>;
  private pending = {} as Record<Algorithm, CurvePoint[]>;
  private running = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastReport = -Infinity;
  private lastAgreement = -Infinity;

  constructor(
    private readonly settings: RaceSettings,
    private readonly timing: RunnerTiming,
    private readonly report: (progress: RaceProgress) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.race = createRace(settings);
    this.probe = probeSequence(settings);
    for (const a of RACE_ALGORITHMS) {
      this.ema[a] = 0;
      this.pending[a] = [];
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  pause(): void {
    this.running = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.flush(true);
  }

  /** One round: each racer trains on one sequence. */
  round(): void {
    for (const a of RACE_ALGORITHMS) {
      const loss = this.race.step(a, this.now);
      const stats = this.race.stats().find((s) => s.algorithm === a)!;
      this.ema[a] = SMOOTHING * this.ema[a] + (1 - SMOOTHING) * loss;
      const smoothed = this.ema[a] / (1 - SMOOTHING ** stats.sequences);
      this.pending[a].push([stats.sequences, smoothed, stats.elapsedMs]);
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.slice(), 0);
  }

  private slice(): void {
    this.timer = null;
    if (!this.running) return;
    const start = this.now();
    do this.round();
    while (this.now() - start < this.timing.sliceMs);
    this.flush(false);
    if (this.running) this.schedule();
  }

  private flush(force: boolean): void {
    const now = this.now();
    if (!force && now - this.lastReport < this.timing.reportMs) return;
    this.lastReport = now;
    let agreement: RaceProgress['agreement'] = null;
    if (force || now - this.lastAgreement >= this.timing.agreementMs) {
      this.lastAgreement = now;
      const g = gradientAgreement(this.race.model, this.race.weights('bptt'), this.probe);
      const at = this.race.stats().find((s) => s.algorithm === 'bptt')!.sequences;
      agreement = { relative: g.relative, maxDiff: g.maxDiff, at };
    }
    const smoothed = {} as Record<Algorithm, number>;
    for (const s of this.race.stats())
      smoothed[s.algorithm] = s.sequences
        ? this.ema[s.algorithm] / (1 - SMOOTHING ** s.sequences)
        : NaN;
    const points = this.pending;
    this.pending = {} as Record<Algorithm, CurvePoint[]>;
    for (const a of RACE_ALGORITHMS) this.pending[a] = [];
    this.report({ stats: this.race.stats(), smoothed, points, agreement, paused: !this.running });
  }
}
