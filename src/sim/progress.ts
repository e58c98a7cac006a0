import { RateGate } from './jobs/rateGate';
import type { ProgressInfo } from './types';

/** The step counters a progress event carries (TypedArraySessionCore.stats()). */
export interface StepStats {
  readonly step: number;
  readonly loss: number;
  readonly lossSmoothed: number;
  readonly gradNorm: number;
  /** Symbols (sequence time steps, summed over the batch) trained on since the last reset. */
  readonly symbols: number;
}

/**
 * Turns a stream of training steps into progress events at a bounded rate: at most one per
 * `intervalMs` while running however many steps each millisecond holds (the steps in between
 * are coalesced — the event reports the latest loss and the smoothed one), plus one when a run
 * stops, so the reader always sees the final count. It also keeps the running time (paused time
 * excluded) for `elapsedMs` and `stepsPerSecond`.
 */
export class ProgressMeter {
  private elapsed = 0;
  private runningSince: number | null = null;
  /** The rate bound jobs use too (src/sim/jobs/rateGate.ts). */
  private readonly gate: RateGate;
  private lastEmitElapsed = 0;
  private lastEmitStep = 0;
  private lastEmitSymbols = 0;
  private rate = 0;
  private symbolRate = 0;

  constructor(intervalMs: number) {
    this.gate = new RateGate(intervalMs);
  }

  /** The clock starts counting running time. */
  resume(now: number): void {
    this.runningSince ??= now;
  }

  /** The clock stops counting running time. */
  pause(now: number): void {
    if (this.runningSince === null) return;
    this.elapsed += now - this.runningSince;
    this.runningSince = null;
  }

  elapsedMs(now: number): number {
    return this.elapsed + (this.runningSince === null ? 0 : now - this.runningSince);
  }

  /** Whether an event would be due now (the interval has passed). */
  isDue(now: number): boolean {
    return this.gate.isDue(now);
  }

  /** An event if one is due (the interval has passed and there are new steps), else null. */
  due(now: number, stats: StepStats): ProgressInfo | null {
    if (!this.gate.isDue(now)) return null;
    return this.flush(now, stats);
  }

  /** An event now if there are steps not yet reported, else null. */
  flush(now: number, stats: StepStats): ProgressInfo | null {
    if (stats.step === this.lastEmitStep) return null;
    const elapsedMs = this.elapsedMs(now);
    const dt = elapsedMs - this.lastEmitElapsed;
    if (dt > 0) {
      this.rate = ((stats.step - this.lastEmitStep) * 1000) / dt;
      this.symbolRate = ((stats.symbols - this.lastEmitSymbols) * 1000) / dt;
    }
    this.gate.mark(now);
    this.lastEmitElapsed = elapsedMs;
    this.lastEmitStep = stats.step;
    this.lastEmitSymbols = stats.symbols;
    const { symbols: _symbols, ...rest } = stats;
    return { ...rest, stepsPerSecond: this.rate, symbolsPerSecond: this.symbolRate, elapsedMs };
  }

  /**
   * Counters put in from outside (a restored run): the clock starts again from zero, and the
   * event reports them with no rate (no steps were taken here).
   */
  restart(now: number, stats: StepStats): ProgressInfo {
    this.reset(now);
    this.gate.mark(now);
    this.lastEmitStep = stats.step;
    this.lastEmitSymbols = stats.symbols;
    const { symbols: _symbols, ...rest } = stats;
    return { ...rest, stepsPerSecond: 0, symbolsPerSecond: 0, elapsedMs: 0 };
  }

  /** Back to zero (session reset); keeps counting if running. */
  reset(now: number): void {
    const running = this.runningSince !== null;
    this.elapsed = 0;
    this.runningSince = running ? now : null;
    this.gate.reset();
    this.lastEmitElapsed = 0;
    this.lastEmitStep = 0;
    this.lastEmitSymbols = 0;
    this.rate = 0;
    this.symbolRate = 0;
  }
}
