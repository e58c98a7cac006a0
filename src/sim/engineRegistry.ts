import type { EngineReason } from './engineReasons';
import type { EngineKind } from './types';

/**
 * The engines a session can train on, in the order 'auto' measures them: the one list that
 * chooseEngine's default candidates, the session's 'auto' and the EngineRace figure read, so an
 * engine added here is measured, offered and raced without touching them. Pure (no tfjs), so a
 * figure can import it without loading TensorFlow.js.
 */
export const ENGINES: readonly EngineKind[] = ['core', 'simd', 'wasm', 'webgl', 'cpu'];

/** Measured training steps per second by engine (0 or absent: not measured, or could not run). */
export type EngineRates = Readonly<Partial<Record<EngineKind, number>>>;

/** What 'auto' picks from measured rates, and the numbers it picked on. */
export interface AutoPick {
  readonly engine: EngineKind;
  /** The candidates that ran, with their rates, in the candidates' order. */
  readonly measured: readonly (readonly [EngineKind, number])[];
}

/**
 * The fastest candidate by measured rate; ties and an empty measurement go to the earlier
 * candidate (the typed-array engine first: it needs nothing loaded).
 */
export function pickFastest(
  rates: EngineRates,
  candidates: readonly EngineKind[] = ENGINES,
): AutoPick {
  const engine = candidates.reduce(
    (best, c) => ((rates[c] ?? 0) > (rates[best] ?? 0) ? c : best),
    candidates[0]!,
  );
  const measured = candidates
    .filter((c) => (rates[c] ?? 0) > 0)
    .map((c) => [c, rates[c]!] as const);
  return { engine, measured };
}

/** Why 'auto' picked what it did: the reason the session's engine event carries. */
export function autoReason(pick: AutoPick): EngineReason {
  return {
    code: 'autoFastest',
    measured: pick.measured.map(([engine, rate]) => ({ engine, rate })),
  };
}
