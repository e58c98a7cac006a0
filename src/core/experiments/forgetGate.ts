import { lstm1997Cell } from '../cells';
import { createModel, type Model } from '../model/model';
import { initParams } from '../model/init';
import type { ModelSpec } from '../model/spec';
import { createRng } from '../rng';
import { continualEmbeddedReberTask } from '../tasks';
import { createTrainer } from '../train/trainer';
import { continualReberStream, scoreContinualStream, type StreamScore } from './continualReber';
import type { Snapshot } from './snapshot';

/**
 * The forget gate on the continual embedded Reber grammar (Gers, Schmidhuber & Cummins 2000):
 * the 1997 cell (no forget gate) against the cell with one, trained with Adam on stretches of
 * the stream that start at a string boundary from a zero state, then judged on a long stream
 * read in one pass with no reset. Without a forget gate nothing empties the cells, so their
 * state drifts as the stream goes on.
 */
export type ForgetCell = 'forget' | 'noForget';

export const FORGET_CELLS: readonly ForgetCell[] = ['noForget', 'forget'];

export interface ForgetGateSettings {
  /** Memory cells. */
  readonly hidden: number;
  /** Seeded runs of each cell. */
  readonly runs: number;
  /** Training stretches each run may use before it counts as failed. */
  readonly budget: number;
  /** Symbols per training stretch. */
  readonly stretch: number;
  /** Adam's learning rate. */
  readonly lr: number;
  /** Embedded Reber strings in the test stream. */
  readonly testStrings: number;
  readonly seed: number;
}

/** Initial forget-gate bias of the cell that has one (Gers et al. 2000 start it positive). */
export const FORGET_BIAS = 1;

/** How often (in training stretches) a run checks whether it has learned the stream. */
export const FORGET_CHECK_EVERY = 250;

export function forgetGateSpec(hidden: number, cell: ForgetCell): ModelSpec {
  return {
    cell:
      cell === 'forget'
        ? { kind: 'lstm', peepholes: false, forgetBias: FORGET_BIAS }
        : lstm1997Cell(),
    inputSize: 7,
    hiddenSize: hidden,
    outputSize: 7,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  };
}

/** The network of one cell kind with its initial weights for a run's seed. */
export function forgetGateNetwork(
  hidden: number,
  cell: ForgetCell,
  seed: number,
): { model: Model; params: Float64Array } {
  const model = createModel(forgetGateSpec(hidden, cell));
  return { model, params: initParams(model, seed) };
}

/** The seed of run r: both cells of a run share it, so they see the same data. */
export const runSeed = (settings: ForgetGateSettings, run: number) => settings.seed * 1000 + run;

/** The test stream of an experiment (the same for every run, so runs compare). */
export const testStream = (settings: ForgetGateSettings) =>
  continualReberStream(settings.testStrings, settings.seed * 7 + 3);

/** The drift of both cells along the test stream with run 0's initial weights (before training). */
export function untrainedDrift(
  settings: Pick<ForgetGateSettings, 'hidden' | 'testStrings' | 'seed'>,
): Record<ForgetCell, Float64Array> {
  const full = { ...settings, runs: 1, budget: 0, stretch: 1, lr: 0 };
  const stream = testStream(full);
  const driftOf = (cell: ForgetCell) => {
    const { model, params } = forgetGateNetwork(settings.hidden, cell, runSeed(full, 0));
    return scoreContinualStream(model, params, stream).drift;
  };
  return { noForget: driftOf('noForget'), forget: driftOf('forget') };
}

export interface ForgetRun {
  readonly cell: ForgetCell;
  readonly run: number;
  /** Training stretches used: until solved, or the whole budget. */
  readonly stretches: number;
  /** The test stream's score after training (drift left out: see `driftEnd`). */
  readonly score: Omit<StreamScore, 'drift'>;
  /** Mean |c| over the last tenth of the test stream. */
  readonly driftEnd: number;
  /** Mean |c| along the test stream at every thinStride-th step (at most DRIFT_POINTS values). */
  readonly drift: readonly number[];
}

export const DRIFT_POINTS = 200;

/** Trains one run of one cell and judges it on the test stream. */
export function trainForgetRun(
  settings: ForgetGateSettings,
  cell: ForgetCell,
  run: number,
): ForgetRun {
  const seed = runSeed(settings, run);
  const { model, params } = forgetGateNetwork(settings.hidden, cell, seed);
  const trainer = createTrainer(model, {
    optimiser: { kind: 'adam', lr: settings.lr },
    clipNorm: 1,
  });
  const task = continualEmbeddedReberTask(settings.stretch);
  const rng = createRng(seed * 7919 + 1);
  // A stream as long as the test stream, drawn apart from it, to tell when to stop.
  const check = continualReberStream(settings.testStrings, seed + 17);
  let stretches = 0;
  while (stretches < settings.budget) {
    trainer.bpttStep(params, [task.sample(rng)]);
    stretches++;
    if (stretches % FORGET_CHECK_EVERY === 0 && scoreContinualStream(model, params, check).solved)
      break;
  }
  const { drift, ...score } = scoreContinualStream(model, params, testStream(settings));
  return { cell, run, stretches, score, driftEnd: tailMean(drift), drift: thin(drift) };
}

/** Mean of the last tenth of a series. */
export function tailMean(values: ArrayLike<number>): number {
  const from = Math.floor(values.length * 0.9);
  let sum = 0;
  for (let t = from; t < values.length; t++) sum += values[t]!;
  return sum / Math.max(1, values.length - from);
}

/** The stride `thin` keeps every stride-th step at, for a series of n values. */
export const thinStride = (n: number) => Math.max(1, Math.ceil(n / DRIFT_POINTS));

/** Every thinStride(n)-th value of a series, from the first: at most DRIFT_POINTS values. */
export function thin(values: ArrayLike<number>): number[] {
  const stride = thinStride(values.length);
  return Array.from({ length: Math.ceil(values.length / stride) }, (_, k) => values[k * stride]!);
}

/** One cell's results so far: runs finished, solved, and the median stretches of the solved. */
export interface ForgetSummary {
  readonly runs: number;
  readonly solved: number;
  readonly medianStretches: number;
  readonly meanOuter: number;
  readonly meanDriftEnd: number;
}

export function summariseForget(results: readonly ForgetRun[], cell: ForgetCell): ForgetSummary {
  const mine = results.filter((r) => r.cell === cell);
  const solved = mine.filter((r) => r.score.solved).map((r) => r.stretches);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  return {
    runs: mine.length,
    solved: solved.length,
    medianStretches: median(solved),
    meanOuter: mean(mine.map((r) => r.score.outerRight / r.score.outerTotal)),
    meanDriftEnd: mean(mine.map((r) => r.driftEnd)),
  };
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface ForgetGateProgress {
  readonly results: readonly ForgetRun[];
}

/** Every run, both cells of run r side by side, one run per pause point. */
export function* forgetGateExperiment(
  settings: ForgetGateSettings,
): Generator<Snapshot<ForgetGateProgress>, ForgetRun[], void> {
  const results: ForgetRun[] = [];
  for (let run = 0; run < settings.runs; run++)
    for (const cell of FORGET_CELLS) {
      results.push(trainForgetRun(settings, cell, run));
      yield () => ({ results: results.slice() });
    }
  return results;
}
