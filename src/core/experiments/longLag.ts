import { createModel, forward, initParams, type Model, type ModelSpec } from '../model';
import type { Sample } from '../model/run';
import { createRng } from '../rng';
import { addingTask } from '../tasks/adding';
import { createTrainer } from '../train/trainer';
import { summarise, type LagSummary, type RunOutcome } from './latchSearch';
import { runsInTurn, type Snapshot } from './snapshot';

/**
 * SRN, GRU and LSTM on the adding problem of Hochreiter & Schmidhuber (1997, experiment 4),
 * at a chosen minimal length T (the lag from the first marked value to the end is at least
 * T/2), over several seeded runs each: how many runs solve it, and how many training sequences
 * they need. A sequence is processed right when the absolute error at its end is below 0.04
 * (the paper's criterion); a run has solved the task once at least SOLVED_SHARE of a fixed test
 * set is processed right. The models are about equal in size (≈ 120 weights); the LSTM's
 * forget-gate bias is the reader's choice (the other cells have none).
 */
export type LagCell = 'srn' | 'gru' | 'lstm';
export const LAG_CELLS: readonly LagCell[] = ['srn', 'gru', 'lstm'];

export interface LongLagSettings {
  /** Minimal sequence length of the adding problem (sequences are T..T + ⌊T/10⌋ long). */
  readonly T: number;
  /** Initial bias of the LSTM's forget gate (σ(5) ≈ 0.993 keeps almost all of c per step). */
  readonly forgetBias: number;
  /** Seeded runs of each cell. */
  readonly runs: number;
  /** Training sequences a run may use before it counts as failed. */
  readonly budget: number;
  /** Adam's learning rate. */
  readonly lr: number;
  readonly seed: number;
}

/** Error tolerance per sequence, from the paper. */
export const ADDING_TOLERANCE = 0.04;
/** Share of the test set a run must process right to count as solved. */
export const SOLVED_SHARE = 0.95;
/** Test sequences per run. */
export const LONG_LAG_TEST_SIZE = 100;
/** Sequences per update, and how often (in sequences) a run is checked against its test set. */
const BATCH = 8;
export const CHECK_EVERY = 200;

const HIDDEN: Record<LagCell, number> = { srn: 10, gru: 5, lstm: 4 };

/** The model of one cell kind: 2 inputs (value, marker), one linear output. */
export function longLagSpec(cell: LagCell, forgetBias: number): ModelSpec {
  const cellSpec =
    cell === 'lstm'
      ? ({ kind: 'lstm', peepholes: false, forgetBias } as const)
      : cell === 'gru'
        ? ({ kind: 'gru' } as const)
        : ({ kind: 'srn', activation: 'tanh' } as const);
  return {
    cell: cellSpec,
    inputSize: 2,
    hiddenSize: HIDDEN[cell],
    outputSize: 1,
    output: 'linear',
    layers: 1,
    bidirectional: false,
  };
}

/** The fixed test set of run `run` (shared by the three cells, so they face the same sequences). */
export function longLagTestSet(T: number, seed: number, run: number): Sample[] {
  const task = addingTask('hochreiter1997', T);
  const rng = createRng(seed * 100003 + run * 31 + 7);
  return Array.from({ length: LONG_LAG_TEST_SIZE }, () => task.sample(rng));
}

/** The target of an adding sequence: 0.5 + (X1 + X2)/4, at its last step. */
export function addingTarget(sample: Sample): number {
  const target = sample.targets[sample.targets.length - 1];
  if (!(target instanceof Float64Array)) throw new Error('not an adding sequence');
  return target[0]!;
}

/** The share of `tests` whose output at the end is within ADDING_TOLERANCE of the target. */
export function addingShareRight(
  model: Model,
  params: Float64Array,
  tests: readonly Sample[],
): number {
  let right = 0;
  for (const s of tests) {
    const y = forward(model, params, s.inputs).logits.at(-1)![0]!;
    if (Math.abs(y - addingTarget(s)) < ADDING_TOLERANCE) right++;
  }
  return right / tests.length;
}

export interface LongLagJob {
  readonly cell: LagCell;
  readonly run: number;
}

export interface LongLagResult extends LongLagJob {
  readonly outcome: RunOutcome;
  /** Share of the test set processed right when the run ended. */
  readonly shareRight: number;
  /** The share right at every check: [sequences seen, share]. */
  readonly curve: readonly (readonly [number, number])[];
}

/** Every run, run by run with the three cells side by side, so partial results compare. */
export function longLagJobs(settings: LongLagSettings): LongLagJob[] {
  const jobs: LongLagJob[] = [];
  for (let run = 0; run < settings.runs; run++)
    for (const cell of LAG_CELLS) jobs.push({ cell, run });
  return jobs;
}

/**
 * One run, as a generator that yields the sequences seen after every check (a pause point):
 * Adam with norm clipping, batches of 8, checked every CHECK_EVERY sequences.
 */
export function* trainLongLagRun(
  settings: LongLagSettings,
  job: LongLagJob,
): Generator<number, LongLagResult, void> {
  const model = createModel(longLagSpec(job.cell, settings.forgetBias));
  const seed = settings.seed * 1000 + job.run;
  const params = initParams(model, seed);
  const trainer = createTrainer(model, {
    optimiser: { kind: 'adam', lr: settings.lr },
    clipNorm: 1,
  });
  const task = addingTask('hochreiter1997', settings.T);
  const rng = createRng(seed * 7919 + 1);
  const tests = longLagTestSet(settings.T, settings.seed, job.run);
  let seen = 0;
  let share = 0;
  const curve: [number, number][] = [];
  while (seen < settings.budget) {
    const n = Math.min(BATCH, settings.budget - seen);
    trainer.bpttStep(
      params,
      Array.from({ length: n }, () => task.sample(rng)),
    );
    seen += n;
    if (seen % CHECK_EVERY < BATCH || seen >= settings.budget) {
      share = addingShareRight(model, params, tests);
      curve.push([seen, share]);
      if (share >= SOLVED_SHARE)
        return { ...job, outcome: { solved: true, sequences: seen }, shareRight: share, curve };
      yield seen;
    }
  }
  return { ...job, outcome: { solved: false, sequences: seen }, shareRight: share, curve };
}

/** One run to its end (tests and the reproduction table). */
export function runLongLag(settings: LongLagSettings, job: LongLagJob): LongLagResult {
  const run = trainLongLagRun(settings, job);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/** One cell's row of the results: its runs' summary (null until one is in) and mean share right. */
export interface LongLagRow {
  readonly cell: LagCell;
  readonly summary: LagSummary | null;
  readonly meanShareRight: number;
}

export function tabulateLongLag(
  settings: LongLagSettings,
  results: readonly LongLagResult[],
): LongLagRow[] {
  return LAG_CELLS.map((cell) => {
    const mine = results.filter((r) => r.cell === cell);
    if (mine.length === 0) return { cell, summary: null, meanShareRight: NaN };
    const mean = mine.reduce((a, r) => a + r.shareRight, 0) / mine.length;
    return {
      cell,
      summary: summarise(
        settings.T,
        mine.map((r) => r.outcome),
      ),
      meanShareRight: mean,
    };
  });
}

/**
 * Each cell's mean learning curve over its finished runs: the share right against sequences,
 * a solved run counted at its last share from the check it stopped at on.
 */
export function meanCurves(
  results: readonly LongLagResult[],
): { readonly cell: LagCell; readonly points: [number, number][] }[] {
  return LAG_CELLS.map((cell) => {
    const curves = results.filter((r) => r.cell === cell).map((r) => r.curve);
    const longest = curves.reduce<readonly (readonly [number, number])[]>(
      (a, c) => (c.length > a.length ? c : a),
      [],
    );
    const points = longest.map(([x], k): [number, number] => {
      const mean = curves.reduce((sum, c) => sum + c[Math.min(k, c.length - 1)]![1], 0);
      return [x, mean / curves.length];
    });
    return { cell, points };
  });
}

export interface LongLagProgress {
  readonly results: readonly LongLagResult[];
  /** The run under way and the sequences it has seen, or null between runs. */
  readonly current: (LongLagJob & { readonly sequences: number }) | null;
}

/** The whole experiment, a pause point after every check of every run. */
export function* longLagExperiment(
  settings: LongLagSettings,
): Generator<Snapshot<LongLagProgress>, LongLagResult[], void> {
  return yield* runsInTurn(
    longLagJobs(settings),
    (job) => trainLongLagRun(settings, job),
    (job, sequences) => ({ ...job, sequences }),
  );
}
