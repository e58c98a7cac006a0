import { createModel, type Model } from '../model/model';
import { initParams } from '../model/init';
import { forward } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { sigmoid } from '../cells/kernels';
import { createRng } from '../rng';
import { spikeTimesOf, spikeTimingTask, type Sample } from '../tasks';
import { createTrainer } from '../train/trainer';
import type { Snapshot } from './snapshot';

/**
 * Peephole connections on a timing task (Gers & Schmidhuber 2000; Gers, Schraudolph &
 * Schmidhuber 2002): two input spikes D steps apart, and the network must answer with a spike
 * D steps after the second. The LSTM with peepholes (its gates see the cell state) and without
 * are trained from the same draws on the same data, run after run, and judged on the same test
 * sequences: a run solves the task when its output crosses ½ at the due step and nowhere else
 * on every test sequence.
 */
export type PeepholeCell = 'plain' | 'peepholes';

export const PEEPHOLE_CELLS: readonly PeepholeCell[] = ['plain', 'peepholes'];

export interface PeepholeSettings {
  readonly hidden: number;
  readonly minGap: number;
  readonly maxGap: number;
  readonly runs: number;
  /** Training sequences each run may use. */
  readonly budget: number;
  readonly lr: number;
  readonly seed: number;
}

/** Test sequences a run is judged on. */
export const TIMING_TESTS = 50;

/** How often (in sequences) a run checks itself on the test set while it trains. */
export const TIMING_CHECK_EVERY = 500;

/** Sequence length: room for the longest answer plus a few quiet steps after it. */
export const timingLength = (s: Pick<PeepholeSettings, 'maxGap'>) => 2 * s.maxGap + 6;

export function peepholeSpec(hidden: number, cell: PeepholeCell): ModelSpec {
  return {
    cell: { kind: 'lstm', peepholes: cell === 'peepholes', forgetBias: 1 },
    inputSize: 1,
    hiddenSize: hidden,
    outputSize: 1,
    layers: 1,
    bidirectional: false,
    output: 'sigmoid',
  };
}

export const timingTask = (s: PeepholeSettings) =>
  spikeTimingTask({ minGap: s.minGap, maxGap: s.maxGap, length: timingLength(s) });

/** The experiment's test sequences (the same for every run and both cells). */
export function timingTests(s: PeepholeSettings): Sample[] {
  const rng = createRng(s.seed * 31 + 5);
  const task = timingTask(s);
  return Array.from({ length: TIMING_TESTS }, () => task.sample(rng));
}

/** The network's output σ(z_t) at every step of a sequence. */
export function spikeOutputs(model: Model, params: Float64Array, sample: Sample): number[] {
  return forward(model, params, sample.inputs).logits.map((z) => sigmoid(z[0]!));
}

export interface TimingScore {
  /** Mean |t̂ − t| over the test sequences, t̂ the step of the largest output after the second input spike. */
  readonly meanError: number;
  /** Test sequences whose output crosses ½ at the due step and nowhere else. */
  readonly exact: number;
  readonly total: number;
}

export function scoreTiming(
  model: Model,
  params: Float64Array,
  tests: readonly Sample[],
): TimingScore {
  let errors = 0;
  let exact = 0;
  for (const sample of tests) {
    const y = spikeOutputs(model, params, sample);
    const { second, target } = spikeTimesOf(sample);
    let peak = second + 1;
    for (let t = second + 1; t < y.length; t++) if (y[t]! > y[peak]!) peak = t;
    errors += Math.abs(peak - target);
    if (y.every((v, t) => (t === target ? v > 0.5 : v < 0.5))) exact++;
  }
  return { meanError: errors / tests.length, exact, total: tests.length };
}

export interface PeepholeRun {
  readonly cell: PeepholeCell;
  readonly run: number;
  /** Training sequences used: until solved, or the whole budget. */
  readonly sequences: number;
  readonly score: TimingScore;
  readonly solved: boolean;
  /** The output on the first test sequence after training. */
  readonly example: readonly number[];
}

export const peepholeRunSeed = (s: PeepholeSettings, run: number) => s.seed * 1000 + run;

/** A network of one cell kind with its initial weights for a seed. */
export function peepholeNetwork(hidden: number, cell: PeepholeCell, seed: number) {
  const model = createModel(peepholeSpec(hidden, cell));
  return { model, params: initParams(model, seed) };
}

export function trainPeepholeRun(
  settings: PeepholeSettings,
  cell: PeepholeCell,
  run: number,
): PeepholeRun {
  const seed = peepholeRunSeed(settings, run);
  const { model, params } = peepholeNetwork(settings.hidden, cell, seed);
  const trainer = createTrainer(model, {
    optimiser: { kind: 'adam', lr: settings.lr },
    clipNorm: 1,
  });
  const task = timingTask(settings);
  const tests = timingTests(settings);
  const rng = createRng(seed * 7919 + 1);
  let sequences = 0;
  let score = scoreTiming(model, params, tests);
  while (sequences < settings.budget && score.exact < score.total) {
    trainer.bpttStep(params, [task.sample(rng)]);
    sequences++;
    if (sequences % TIMING_CHECK_EVERY === 0) score = scoreTiming(model, params, tests);
  }
  if (sequences % TIMING_CHECK_EVERY !== 0) score = scoreTiming(model, params, tests);
  return {
    cell,
    run,
    sequences,
    score,
    solved: score.exact === score.total,
    example: spikeOutputs(model, params, tests[0]!),
  };
}

export interface PeepholeSummary {
  readonly runs: number;
  readonly solved: number;
  readonly meanError: number;
  readonly medianSequences: number;
}

export function summarisePeepholes(
  results: readonly PeepholeRun[],
  cell: PeepholeCell,
): PeepholeSummary {
  const mine = results.filter((r) => r.cell === cell);
  const solved = mine
    .filter((r) => r.solved)
    .map((r) => r.sequences)
    .sort((a, b) => a - b);
  const m = solved.length >> 1;
  return {
    runs: mine.length,
    solved: solved.length,
    meanError: mine.length ? mine.reduce((a, r) => a + r.score.meanError, 0) / mine.length : NaN,
    medianSequences:
      solved.length === 0
        ? NaN
        : solved.length % 2
          ? solved[m]!
          : (solved[m - 1]! + solved[m]!) / 2,
  };
}

export interface PeepholeProgress {
  readonly results: readonly PeepholeRun[];
}

/** Every run, both cells of run r side by side, one run per pause point. */
export function* peepholeExperiment(
  settings: PeepholeSettings,
): Generator<Snapshot<PeepholeProgress>, PeepholeRun[], void> {
  const results: PeepholeRun[] = [];
  for (let run = 0; run < settings.runs; run++)
    for (const cell of PEEPHOLE_CELLS) {
      results.push(trainPeepholeRun(settings, cell, run));
      yield () => ({ results: results.slice() });
    }
  return results;
}
