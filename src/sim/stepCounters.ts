import type { StepStats } from './progress';
import type { DivergenceProblem } from './types';

/**
 * What both engines' session cores count and check per training step: the counters a progress
 * event reports (kept in one object, so the tfjs core can roll them back with its checkpoint),
 * and the checks that make a step count as diverged.
 */
export interface StepCounters {
  steps: number;
  symbols: number;
  lastLoss: number;
  lastGradNorm: number;
  /** Exponential moving average of the loss, not yet bias-corrected (see statsOf). */
  ema: number;
}

/** A step's loss and gradient norm (the core trainer's StepReport, or a tfjs readback). */
interface StepNumbers {
  readonly loss: number;
  readonly gradNorm: number;
}

export const freshCounters = (): StepCounters => ({
  steps: 0,
  symbols: 0,
  lastLoss: NaN,
  lastGradNorm: NaN,
  ema: 0,
});

/** Counts a good step of `symbols` symbols; `smoothing` is the loss average's β. */
export function countStep(
  counters: StepCounters,
  report: StepNumbers,
  symbols: number,
  smoothing: number,
): void {
  counters.steps++;
  counters.symbols += symbols;
  counters.lastLoss = report.loss;
  counters.lastGradNorm = report.gradNorm;
  counters.ema = smoothing * counters.ema + (1 - smoothing) * report.loss;
}

/** The numbers a progress event reports, with the loss average bias-corrected. */
export function statsOf(counters: StepCounters, smoothing: number): StepStats {
  const correction = 1 - smoothing ** counters.steps;
  return {
    step: counters.steps,
    symbols: counters.symbols,
    loss: counters.lastLoss,
    lossSmoothed: counters.steps > 0 ? counters.ema / correction : NaN,
    gradNorm: counters.lastGradNorm,
  };
}

/** Why a step's loss or gradient norm is not a finite number, or null. */
export function nonFiniteProblem(report: StepNumbers): DivergenceProblem | null {
  if (!Number.isFinite(report.loss)) return { code: 'loss', value: report.loss };
  if (!Number.isFinite(report.gradNorm)) return { code: 'gradNorm', value: report.gradNorm };
  return null;
}

/** Why a step's gradient norm is too large (above `limit`), or null. */
export function gradLimitProblem(report: StepNumbers, limit: number): DivergenceProblem | null {
  return report.gradNorm > limit ? { code: 'gradLimit', value: report.gradNorm, limit } : null;
}
