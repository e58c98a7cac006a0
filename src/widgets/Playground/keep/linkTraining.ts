import type { KeptOptimiser, KeptRun, KeptTraining } from '../../../core/model';

/**
 * The training state in a share link (weightsLink.ts, format w2): two more dotted parts after
 * the weights — the optimiser's kind ('-' for none) and the little-endian float64s of the run
 * (steps, symbols, loss average, last loss, last gradient norm, generator state, position; NaN
 * for "no step yet") followed, when the optimiser is kept, by its update count and its moments
 * `a` then `b`. float64 only: a state that does not resume exactly is not worth its length.
 */
const RUN_NUMBERS = 7;

export function packTraining(
  training: KeptTraining & { readonly run: KeptRun },
  withOptimiser: boolean,
): { readonly kind: string; readonly numbers: Float64Array } {
  const { run } = training;
  const optimiser = withOptimiser ? training.optimiser : null;
  const size = optimiser ? 1 + 2 * optimiser.a.length : 0;
  const numbers = new Float64Array(RUN_NUMBERS + size);
  numbers.set([
    run.steps,
    run.symbols,
    run.ema,
    run.lastLoss,
    run.lastGradNorm,
    run.rng,
    run.position,
  ]);
  if (optimiser) {
    numbers[RUN_NUMBERS] = optimiser.t;
    numbers.set(optimiser.a, RUN_NUMBERS + 1);
    numbers.set(optimiser.b, RUN_NUMBERS + 1 + optimiser.a.length);
  }
  return { kind: optimiser ? optimiser.kind : '-', numbers };
}

export type Unpacked =
  | { readonly ok: true; readonly training: KeptTraining }
  | { readonly ok: false; readonly code: 'malformed' }
  | {
      readonly ok: false;
      readonly code: 'nonFiniteState';
      readonly bad: number;
      readonly total: number;
    };

const whole = (v: number) => Number.isSafeInteger(v) && v >= 0;

/** The state a link carries for a model of `size` parameters; anything else is refused. */
export function unpackTraining(kind: string, numbers: Float64Array, size: number): Unpacked {
  const withOptimiser = kind !== '-';
  if (!/^[a-z]{1,16}$/.test(kind) && withOptimiser) return { ok: false, code: 'malformed' };
  if (numbers.length !== RUN_NUMBERS + (withOptimiser ? 1 + 2 * size : 0))
    return { ok: false, code: 'malformed' };
  const [steps, symbols, ema, lastLoss, lastGradNorm, rng, position] = numbers;
  if (![steps, symbols, rng, position].every((v) => whole(v!)) || !Number.isFinite(ema))
    return { ok: false, code: 'malformed' };
  const run: KeptRun = {
    steps: steps!,
    symbols: symbols!,
    ema: ema!,
    lastLoss: lastLoss!,
    lastGradNorm: lastGradNorm!,
    rng: rng!,
    position: position!,
  };
  if (!withOptimiser) return { ok: true, training: { optimiser: null, run } };
  const t = numbers[RUN_NUMBERS]!;
  const a = numbers.slice(RUN_NUMBERS + 1, RUN_NUMBERS + 1 + size);
  const b = numbers.slice(RUN_NUMBERS + 1 + size);
  const bad = [...a, ...b].filter((v) => !Number.isFinite(v)).length;
  if (bad > 0) return { ok: false, code: 'nonFiniteState', bad, total: 2 * size };
  if (!whole(t)) return { ok: false, code: 'malformed' };
  const optimiser: KeptOptimiser = { kind, t, a, b };
  return { ok: true, training: { optimiser, run } };
}
