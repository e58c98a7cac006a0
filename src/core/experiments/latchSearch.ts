import { initParams } from '../model/init';
import { bitSrnSpec } from './bitSrnSpec';
import { createModel, type Model } from '../model/model';
import { forward, type Sample } from '../model/run';
import { createRng, uniform, type Rng } from '../rng';
import { latchTask } from '../tasks/latch';
import { createTrainer } from '../train/trainer';

/**
 * Can a small tanh RNN learn to hold one bit for T steps? Bengio, Simard & Frasconi (1994) set
 * this "latch" problem to show that gradient descent finds it harder and harder as T grows,
 * while Hochreiter & Schmidhuber (1997, section 5) pointed out that simply guessing random
 * weights solves it quickly — the honest baseline any claim about learning long lags must beat.
 *
 * Both methods are given the same budget, counted in sequences processed: gradient descent one
 * forward-and-backward pass per training sequence; random search one forward pass per sequence
 * it evaluates a guess on (a guess is dropped at its first mistake, so most cost little).
 * A weight vector counts as a solution when it gets the bit right, |y − b| < 0.5, on every
 * sequence of a fixed test set; checking gradient descent's progress on that set is not charged.
 */
export interface LatchSearchOptions {
  /** The lag: the bit is shown at t = 0 and asked for at t = T. */
  readonly T: number;
  /** Hidden units of the tanh RNN (one sigmoid output). */
  readonly hidden: number;
  /** Std of the Gaussian noise on the inputs after the bit. */
  readonly noiseStd: number;
  /** Sequences either method may process. */
  readonly budget: number;
  /** Test sequences a solution must get right. */
  readonly testSize: number;
  readonly seed: number;
}

interface GradientDescentOptions extends LatchSearchOptions {
  /** Plain SGD's learning rate. */
  readonly lr: number;
  /** Sequences per update. */
  readonly batch: number;
  /** Norm clipping threshold (Pascanu et al. 2013); none when undefined. */
  readonly clipNorm?: number;
}

interface RandomSearchOptions extends LatchSearchOptions {
  /** Every weight of a guess is uniform in [−range, range]. */
  readonly range: number;
}

export interface RunOutcome {
  readonly solved: boolean;
  /** Sequences processed until solved, or the whole budget. */
  readonly sequences: number;
}

export const latchSpec = bitSrnSpec;

/** The test set of one run: its own seed, so both methods of a run face the same sequences. */
export function latchTestSet(options: LatchSearchOptions): Sample[] {
  const task = latchTask(options.T, options.noiseStd);
  const rng = createRng(options.seed * 2654435761 + 17);
  return Array.from({ length: options.testSize }, () => task.sample(rng));
}

/** The bit a latch sequence asks for at its last step. */
export function latchBit(sample: Sample): number {
  const target = sample.targets[sample.targets.length - 1];
  if (!(target instanceof Float64Array)) throw new Error('not a latch sequence: no bit at the end');
  return target[0]!;
}

/** Whether the model's output at the last step is on the bit's side of 0.5 (logit sign). */
export function classifiesRight(model: Model, params: Float64Array, sample: Sample): boolean {
  const trace = forward(model, params, sample.inputs);
  const logit = trace.logits[sample.inputs.length - 1]![0]!;
  return latchBit(sample) === 1 ? logit > 0 : logit < 0;
}

/**
 * How many test sequences a guess gets through before its first mistake (all of them when it
 * makes none).
 */
export function sequencesUntilMistake(
  model: Model,
  params: Float64Array,
  tests: readonly Sample[],
): number {
  for (let i = 0; i < tests.length; i++) if (!classifiesRight(model, params, tests[i]!)) return i;
  return tests.length;
}

/** How often gradient descent checks its weights against the test set, in updates. */
const CHECK_EVERY = 10;

export function gradientDescentRun(options: GradientDescentOptions): RunOutcome {
  const model = createModel(latchSpec(options.hidden));
  const params = initParams(model, options.seed);
  const trainer = createTrainer(model, {
    optimiser: { kind: 'sgd', lr: options.lr },
    ...(options.clipNorm === undefined ? {} : { clipNorm: options.clipNorm }),
  });
  const task = latchTask(options.T, options.noiseStd);
  const rng = createRng(options.seed * 7919 + 3);
  const tests = latchTestSet(options);
  let seen = 0;
  let updates = 0;
  while (seen < options.budget) {
    const n = Math.min(options.batch, options.budget - seen);
    trainer.bpttStep(
      params,
      Array.from({ length: n }, () => task.sample(rng)),
    );
    seen += n;
    updates++;
    if (updates % CHECK_EVERY === 0 || seen >= options.budget) {
      if (sequencesUntilMistake(model, params, tests) === tests.length)
        return { solved: true, sequences: seen };
    }
  }
  return { solved: false, sequences: seen };
}

export function randomSearchRun(options: RandomSearchOptions): RunOutcome {
  const model = createModel(latchSpec(options.hidden));
  const rng: Rng = createRng(options.seed * 104729 + 5);
  const tests = latchTestSet(options);
  const params = new Float64Array(model.layout.size);
  let seen = 0;
  while (seen < options.budget) {
    for (let k = 0; k < params.length; k++) params[k] = uniform(rng, -options.range, options.range);
    const passed = sequencesUntilMistake(model, params, tests);
    // A guess costs every sequence it was run on, the failing one included.
    seen += Math.min(passed + 1, tests.length);
    if (passed === tests.length) return { solved: true, sequences: Math.min(seen, options.budget) };
  }
  return { solved: false, sequences: options.budget };
}

/** One row of the experiment: every run of one method at one lag. */
export interface LagSummary {
  readonly T: number;
  readonly runs: number;
  readonly solved: number;
  /** Median sequences processed by the runs that solved it; NaN when none did. */
  readonly medianSequences: number;
}

export function summarise(T: number, outcomes: readonly RunOutcome[]): LagSummary {
  const costs = outcomes
    .filter((o) => o.solved)
    .map((o) => o.sequences)
    .sort((a, b) => a - b);
  const mid = costs.length >> 1;
  const median =
    costs.length === 0 ? NaN : costs.length % 2 ? costs[mid]! : (costs[mid - 1]! + costs[mid]!) / 2;
  return {
    T,
    runs: outcomes.length,
    solved: costs.length,
    medianSequences: median,
  };
}

/** The lags of an experiment: doublings from 2 up to `maxLag` (which is always included). */
export function lagsUpTo(maxLag: number): number[] {
  const lags: number[] = [];
  for (let T = 2; T < maxLag; T *= 2) lags.push(T);
  lags.push(maxLag);
  return lags;
}
