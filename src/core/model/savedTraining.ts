import { decodeBase64, encodeBase64 } from '../base64';

/**
 * What a saved-model file may keep beside the weights so a run can go on exactly where it
 * stopped (format version 1, optional field `training`; files without it still load):
 *
 * - `optimiser`: the optimiser's kind, its update count `t` (Adam's bias correction) and its two
 *   moment vectors in the parameters' layout — every engine's optimiser state has this shape
 *   (src/core/train/optimisers.ts OptimiserState; momentum and RMSProp use `a` only, Adam `a` = m,
 *   `b` = v; SGD's are zero). Stored as float64 little-endian base64, `a` then `b`, bit-exact.
 * - `run`: the training session's counters — steps, symbols, the loss average (not yet
 *   bias-corrected), the last step's loss and gradient norm (null before a step) — and where its
 *   data stream stands: the generator's state and the position in a cycled list of samples.
 */
export interface SavedOptimiser {
  /** An OptimiserSpec kind ('adam', 'rmsprop' …): a state is only put into the same kind. */
  readonly kind: string;
  readonly t: number;
  readonly dtype: 'float64';
  readonly encoding: 'base64-le';
  /** The moments `a` then `b`, 2 × parameters float64s. */
  readonly moments: string;
}

export interface SavedRun {
  readonly steps: number;
  readonly symbols: number;
  readonly ema: number;
  readonly lastLoss: number | null;
  readonly lastGradNorm: number | null;
  readonly rng: number;
  readonly position: number;
}

export interface SavedTraining {
  readonly optimiser?: SavedOptimiser;
  readonly run?: SavedRun;
}

/** An optimiser's state as the engines hold it, with its kind. */
export interface KeptOptimiser {
  readonly kind: string;
  readonly t: number;
  readonly a: Float64Array;
  readonly b: Float64Array;
}

/** A run's counters and data position (SavedRun with NaN for "no step yet"). */
export interface KeptRun {
  readonly steps: number;
  readonly symbols: number;
  readonly ema: number;
  readonly lastLoss: number;
  readonly lastGradNorm: number;
  readonly rng: number;
  readonly position: number;
}

export interface KeptTraining {
  readonly optimiser: KeptOptimiser | null;
  readonly run: KeptRun | null;
}

export function encodeTraining(training: KeptTraining, size: number): SavedTraining {
  const { optimiser, run } = training;
  const saved: { optimiser?: SavedOptimiser; run?: SavedRun } = {};
  if (optimiser) {
    if (optimiser.a.length !== size || optimiser.b.length !== size)
      throw new Error('the optimiser state does not match the model');
    const bytes = new Uint8Array(size * 16);
    const view = new DataView(bytes.buffer);
    for (let k = 0; k < size; k++) {
      view.setFloat64(k * 8, optimiser.a[k]!, true);
      view.setFloat64((size + k) * 8, optimiser.b[k]!, true);
    }
    saved.optimiser = {
      kind: optimiser.kind,
      t: optimiser.t,
      dtype: 'float64',
      encoding: 'base64-le',
      moments: encodeBase64(bytes),
    };
  }
  if (run) {
    const orNull = (v: number) => (Number.isFinite(v) ? v : null);
    saved.run = {
      ...run,
      lastLoss: orNull(run.lastLoss),
      lastGradNorm: orNull(run.lastGradNorm),
    };
  }
  return saved;
}

const whole = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Reads a file's `training` for a model of `size` parameters; every way it can be wrong gets a
 * message that says which (a non-finite moment is refused, as a non-finite weight is).
 */
export function decodeTraining(raw: unknown, size: number): KeptTraining {
  if (raw === undefined) return { optimiser: null, run: null };
  if (!raw || typeof raw !== 'object')
    throw new Error('the file’s training state is not an object');
  const saved = raw as Partial<SavedTraining>;
  return {
    optimiser: saved.optimiser === undefined ? null : decodeOptimiser(saved.optimiser, size),
    run: saved.run === undefined ? null : decodeRun(saved.run),
  };
}

function decodeOptimiser(o: Partial<SavedOptimiser>, size: number): KeptOptimiser {
  if (typeof o.kind !== 'string' || o.kind === '')
    throw new Error('the file’s optimiser state does not say which optimiser it is');
  if (!whole(o.t))
    throw new Error(`the file’s optimiser update count is not a whole number: ${String(o.t)}`);
  if (o.dtype !== 'float64' || o.encoding !== 'base64-le' || typeof o.moments !== 'string')
    throw new Error('unknown optimiser state encoding');
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(o.moments);
  } catch {
    throw new Error('the file’s optimiser moments are not base64');
  }
  if (bytes.length !== size * 16)
    throw new Error(
      `the file’s optimiser state holds ${bytes.length / 16} parameters' moments; the model has ${size}`,
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read = (from: number) =>
    Float64Array.from({ length: size }, (_, k) => view.getFloat64((from + k) * 8, true));
  const a = read(0);
  const b = read(size);
  const bad = [...a, ...b].filter((v) => !Number.isFinite(v)).length;
  if (bad > 0)
    throw new Error(
      `the file’s optimiser state is not all finite numbers: ${bad} of ${2 * size} moments are NaN or infinite`,
    );
  return { kind: o.kind, t: o.t, a, b };
}

function decodeRun(r: Partial<SavedRun>): KeptRun {
  const counts = { steps: r.steps, symbols: r.symbols, rng: r.rng, position: r.position };
  for (const [name, v] of Object.entries(counts))
    if (!whole(v)) throw new Error(`the file’s run ${name} is not a whole number: ${String(v)}`);
  if (typeof r.ema !== 'number' || !Number.isFinite(r.ema))
    throw new Error(`the file’s loss average is not a finite number: ${String(r.ema)}`);
  const optional = (name: string, v: unknown): number => {
    if (v === null) return NaN;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    throw new Error(`the file’s ${name} is not a finite number: ${String(v)}`);
  };
  return {
    steps: r.steps!,
    symbols: r.symbols!,
    ema: r.ema,
    lastLoss: optional('last loss', r.lastLoss),
    lastGradNorm: optional('last gradient norm', r.lastGradNorm),
    rng: r.rng!,
    position: r.position!,
  };
}
