import { greffCell, GREFF_VARIANTS, type GreffVariant } from '../cells/lstmVariants';
import { createModel, forward, initParams, sequenceLoss, type ModelSpec } from '../model';
import { createRng } from '../rng';
import { continualEmbeddedReberTask, REBER_SYMBOLS } from '../tasks';
import { createTrainer } from '../train';
import type { Snapshot } from './snapshot';

/**
 * A small Greff-style ablation (Greff et al. 2017): the nine LSTM forms of lstmVariants.ts, each
 * trained from several seeds on the same task with the same settings (untuned), scored by the
 * final loss on held-out data. The task is the continual embedded Reber grammar (Gers et al.
 * 2000): strings follow one another with no reset, so a cell must learn to clear what it holds
 * at a string's end. Training reads streams of `trainLength` symbols; the test streams are
 * `testLength` long, longer than any seen in training, where a cell that cannot forget drifts.
 *
 * The loss is the mean cross-entropy per symbol in bits over the test streams. A run that
 * diverges (a non-finite loss) keeps its last finite weights, as the trainer does.
 */
export interface AblationSettings {
  readonly hidden: number;
  /** Training streams each run reads (one update per batch of `batch`). */
  readonly sequences: number;
  readonly batch: number;
  readonly lr: number;
  readonly trainLength: number;
  readonly testLength: number;
  /** Runs of each variant (seeds seed·100 + 0, 1, …; run r of every variant shares its seed). */
  readonly runs: number;
  readonly forgetBias: number;
  readonly seed: number;
}

export const ABLATION_DEFAULTS: AblationSettings = {
  hidden: 4,
  sequences: 1200,
  batch: 4,
  lr: 0.03,
  trainLength: 30,
  testLength: 300,
  runs: 5,
  forgetBias: 1,
  seed: 1,
};

/** Test streams each run is scored on (the same for every run). */
export const ABLATION_TEST_STREAMS = 8;

export interface AblationRun {
  readonly variant: GreffVariant;
  readonly run: number;
  /** Mean cross-entropy per test symbol, bits. */
  readonly loss: number;
  readonly parameters: number;
}

export function ablationSpec(variant: GreffVariant, settings: AblationSettings): ModelSpec {
  return {
    cell: greffCell(variant, settings.forgetBias),
    inputSize: REBER_SYMBOLS.length,
    hiddenSize: settings.hidden,
    outputSize: REBER_SYMBOLS.length,
    output: 'softmax',
    layers: 1,
    bidirectional: false,
  };
}

/** Every run in order: run 0 of every variant, then run 1 …, so partial results compare. */
export function ablationJobs(settings: AblationSettings): { variant: GreffVariant; run: number }[] {
  const jobs: { variant: GreffVariant; run: number }[] = [];
  for (let run = 0; run < settings.runs; run++)
    for (const variant of GREFF_VARIANTS) jobs.push({ variant, run });
  return jobs;
}

/** Batches between pause points inside one run (a run of thousands of streams takes seconds). */
const BATCHES_PER_SLICE = 25;

/**
 * Trains one variant from one seed and scores it on the held-out streams; every `yield` is a
 * pause point.
 */
function* ablationRun(
  settings: AblationSettings,
  variant: GreffVariant,
  run: number,
): Generator<void, AblationRun, void> {
  const model = createModel(ablationSpec(variant, settings));
  const seed = settings.seed * 100 + run;
  const params = initParams(model, seed);
  const trainer = createTrainer(model, {
    optimiser: { kind: 'adam', lr: settings.lr },
    clipNorm: 1,
  });
  const train = continualEmbeddedReberTask(settings.trainLength);
  const rng = createRng(seed * 7919 + 1);
  let batches = 0;
  for (let seen = 0; seen < settings.sequences; seen += settings.batch) {
    trainer.bpttStep(
      params,
      Array.from({ length: settings.batch }, () => train.sample(rng)),
    );
    if (++batches % BATCHES_PER_SLICE === 0) yield;
  }
  return { variant, run, loss: testLoss(settings, model, params), parameters: model.layout.size };
}

/** One run, start to end. */
export function runAblation(
  settings: AblationSettings,
  variant: GreffVariant,
  run: number,
): AblationRun {
  const steps = ablationRun(settings, variant, run);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

function testLoss(
  settings: AblationSettings,
  model: ReturnType<typeof createModel>,
  params: Float64Array,
): number {
  const test = continualEmbeddedReberTask(settings.testLength);
  const rng = createRng(987654 + settings.seed);
  let loss = 0;
  let count = 0;
  for (let k = 0; k < ABLATION_TEST_STREAMS; k++) {
    const sample = test.sample(rng);
    const r = sequenceLoss(model, forward(model, params, sample.inputs), sample.targets);
    loss += r.loss;
    count += r.count;
  }
  const bits = loss / count / Math.LN2;
  // A cell whose state ran away (NaN or ∞ logits) scores as badly as a loss can: it is shown, not hidden.
  return Number.isFinite(bits) ? bits : Infinity;
}

export interface AblationProgress {
  readonly results: readonly AblationRun[];
}

/** The whole ablation: a pause point every few batches of training, a snapshot after each run. */
export function* variantAblation(
  settings: AblationSettings,
): Generator<Snapshot<AblationProgress>, AblationRun[], void> {
  const results: AblationRun[] = [];
  const snapshot = () => ({ results: results.slice() });
  for (const { variant, run } of ablationJobs(settings)) {
    const steps = ablationRun(settings, variant, run);
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        results.push(next.value);
        break;
      }
      yield snapshot;
    }
    yield snapshot;
  }
  return results;
}

/** Five-number summary of each variant's losses (Tukey's hinges: quartiles by linear interpolation). */
export interface VariantSummary {
  readonly variant: GreffVariant;
  readonly runs: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return lo === hi || a === b ? a : a + (b - a) * (at - lo);
}

/** Each variant's summary over the runs in so far, in the paper's order (null before its first run). */
export function summariseAblation(
  results: readonly AblationRun[],
): { variant: GreffVariant; summary: VariantSummary | null }[] {
  return GREFF_VARIANTS.map((variant) => {
    const losses = results
      .filter((r) => r.variant === variant)
      .map((r) => r.loss)
      .sort((a, b) => a - b);
    if (losses.length === 0) return { variant, summary: null };
    return {
      variant,
      summary: {
        variant,
        runs: losses.length,
        min: losses[0]!,
        q1: quantile(losses, 0.25),
        median: quantile(losses, 0.5),
        q3: quantile(losses, 0.75),
        max: losses[losses.length - 1]!,
      },
    };
  });
}
