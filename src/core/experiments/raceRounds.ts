import type { Algorithm } from '../diagnostics/cost';
import {
  createRace,
  gradientAgreement,
  probeSequence,
  RACE_ALGORITHMS,
  type RaceSettings,
  type RacerStats,
} from './algorithmRace';
import type { Snapshot } from './snapshot';

/** A point of a racer's curve: sequences trained, smoothed loss, training time in ms. */
export type CurvePoint = readonly [sequences: number, loss: number, elapsedMs: number];

export interface RaceProgress {
  readonly stats: readonly RacerStats[];
  /** Smoothed loss per racer (bias-corrected moving average over sequences). */
  readonly smoothed: Readonly<Record<Algorithm, number>>;
  /** New curve points since the previous snapshot. */
  readonly points: Readonly<Record<Algorithm, readonly CurvePoint[]>>;
  /** RTRL against BPTT on the probe sequence at BPTT's current weights, when measured. */
  readonly agreement: {
    readonly relative: number;
    readonly maxDiff: number;
    readonly at: number;
  } | null;
}

/** Least time between two gradient-agreement checks, ms (always checked on a final snapshot). */
export const AGREEMENT_EVERY_MS = 1000;
const SMOOTHING = 0.9;

/**
 * The race as rounds — every algorithm trains on its next sequence once per round, so they
 * advance together — one pause point per round; it runs until stopped. A snapshot hands over
 * the curve points since the previous one, and the gradient agreement at most once a second.
 */
export function* raceRounds(
  settings: RaceSettings,
  now: () => number = () => performance.now(),
): Generator<Snapshot<RaceProgress>, never, void> {
  const race = createRace(settings);
  const probe = probeSequence(settings);
  const ema = {} as Record<Algorithm, number>;
  let pending = {} as Record<Algorithm, CurvePoint[]>;
  for (const a of RACE_ALGORITHMS) {
    ema[a] = 0;
    pending[a] = [];
  }
  let lastAgreement = -Infinity;

  const snapshot: Snapshot<RaceProgress> = (at) => {
    let agreement: RaceProgress['agreement'] = null;
    if (at.final || at.now - lastAgreement >= AGREEMENT_EVERY_MS) {
      lastAgreement = at.now;
      const g = gradientAgreement(race.model, race.weights('bptt'), probe);
      const sequences = race.stats().find((s) => s.algorithm === 'bptt')!.sequences;
      agreement = { relative: g.relative, maxDiff: g.maxDiff, at: sequences };
    }
    const smoothed = {} as Record<Algorithm, number>;
    for (const s of race.stats())
      smoothed[s.algorithm] = s.sequences ? ema[s.algorithm] / (1 - SMOOTHING ** s.sequences) : NaN;
    const points = pending;
    pending = {} as Record<Algorithm, CurvePoint[]>;
    for (const a of RACE_ALGORITHMS) pending[a] = [];
    return { stats: race.stats(), smoothed, points, agreement };
  };

  for (;;) {
    for (const a of RACE_ALGORITHMS) {
      const loss = race.step(a, now);
      const stats = race.stats().find((s) => s.algorithm === a)!;
      ema[a] = SMOOTHING * ema[a] + (1 - SMOOTHING) * loss;
      pending[a].push([
        stats.sequences,
        ema[a] / (1 - SMOOTHING ** stats.sequences),
        stats.elapsedMs,
      ]);
    }
    yield snapshot;
  }
}
