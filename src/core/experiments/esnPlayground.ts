/**
 * One step of the Playground's echo state network, as a background job: the reservoir drawn from
 * the seed (at the first step; later steps carry it), the task's training sequences [from, to)
 * driven through it and added to the readout's sums, the ridge readout solved on every sequence
 * seen so far, and that readout read on the held-out samples (the metric of heldOutEvaluation,
 * the prediction against the target and the reservoir states of the first sample).
 */
import {
  addSequence,
  applyReadout,
  createEsn,
  emptyReadoutSums,
  extendedState,
  fittedMse,
  runReservoir,
  solveReadoutSums,
  type Esn,
  type EsnConfig,
  type ReadoutSums,
} from '../esn';
import type { Matrix } from '../matrix';
import { createRng, type Rng } from '../rng';
import { createTask, type Sample } from '../tasks';
import type { Evaluation, MetricKind } from './heldOutEvaluation';

/** What a step hands to the next: the fixed weights, the readout's sums, where the data stand. */
export interface EsnCarried {
  readonly wIn: Matrix;
  readonly w: Matrix;
  readonly sums: ReadoutSums;
  /** Training sequences added so far. */
  readonly sequences: number;
  /** Draws of the data stream's Rng those sequences took. */
  readonly draws: number;
}

export interface EsnStepInput {
  /** Sizes from the task, no output feedback (the Playground's ESN reads inputs only). */
  readonly config: EsnConfig;
  readonly task: { readonly name: string; readonly params: Readonly<Record<string, unknown>> };
  /** The training stream is the task sampled with createRng(dataSeed), sequence after sequence. */
  readonly dataSeed: number;
  /** Training sequences this step adds: the stream's next ones. */
  readonly add: number;
  /** Null at the first step (the reservoir is drawn here). */
  readonly carried: EsnCarried | null;
  readonly heldOut: readonly Sample[];
  readonly kind: MetricKind;
}

export interface EsnStepResult {
  readonly carried: EsnCarried;
  /** L × (1 + K + N), fitted on every sequence so far. */
  readonly wOut: Matrix;
  /** Mean squared error per output over every fitted step of those sequences. */
  readonly loss: number;
  /** Fitted steps (rows of Z) so far. */
  readonly rows: number;
  /** Nonzero entries of the reservoir matrix W. */
  readonly nonzero: number;
  readonly evaluation: Evaluation;
}

/**
 * The next `count` sequences of the task's stream createRng(dataSeed), after the first `skip`
 * draws (those of the sequences taken before: replaying draws is far cheaper than sampling).
 */
export function trainingSequences(
  task: EsnStepInput['task'],
  dataSeed: number,
  skip: number,
  count: number,
): { samples: Sample[]; draws: number } {
  const generator = createTask(task.name, { ...task.params });
  const source = createRng(dataSeed);
  let draws = 0;
  const rng: Rng = {
    next() {
      draws++;
      return source.next();
    },
  };
  for (let i = 0; i < skip; i++) rng.next();
  const samples = Array.from({ length: count }, () => generator.sample(rng));
  return { samples, draws };
}

const argmax = (v: Float64Array) => {
  let best = 0;
  for (let k = 1; k < v.length; k++) if (v[k]! > v[best]!) best = k;
  return best;
};

/**
 * The readout on held-out samples, scored as heldOutEvaluation scores a session's model — from
 * step `washout` on: the readout answers for the steps it was fitted on, not for the initial
 * transient of a reservoir started at x = 0 (those steps are left out of the metric and drawn
 * as NaN, like steps without a target).
 */
export function evaluateEsn(
  esn: Esn,
  wOut: Matrix,
  samples: readonly Sample[],
  kind: MetricKind,
  washout: number,
): Evaluation {
  let score = 0;
  let count = 0;
  let shown: Omit<Evaluation, 'metric'> | null = null;
  for (const sample of samples) {
    const states = runReservoir(esn, sample.inputs);
    const T = sample.inputs.length;
    const prediction = new Float64Array(T).fill(NaN);
    const target = new Float64Array(T).fill(NaN);
    for (let t = washout; t < T; t++) {
      const d = sample.targets[t];
      if (d === null || d === undefined) continue;
      const y = applyReadout(wOut, extendedState(sample.inputs[t]!, states[t]!));
      if (typeof d === 'number') {
        score += argmax(y) === d ? 1 : 0;
        count++;
        prediction[t] = y[d]!;
        target[t] = 1;
        continue;
      }
      for (let k = 0; k < d.length; k++) {
        score += kind === 'mse' ? (y[k]! - d[k]!) ** 2 : (y[k]! > 0.5 ? 1 : 0) === d[k] ? 1 : 0;
        count++;
      }
      prediction[t] = y[0]!;
      target[t] = d[0]!;
    }
    shown ??= { prediction, target, states };
  }
  if (!shown) throw new Error('evaluateEsn needs at least one sample');
  return { metric: count > 0 ? score / count : NaN, ...shown };
}

export function esnPlaygroundStep(input: EsnStepInput): EsnStepResult {
  const { config } = input;
  if (config.outputFeedback) throw new Error('the Playground’s ESN has no output feedback');
  const esn: Esn = input.carried
    ? { config, wIn: input.carried.wIn, w: input.carried.w, wFb: null }
    : createEsn(config);
  // A copy: the job stays pure when it runs on the main thread, where nothing is cloned.
  const carriedSums = input.carried?.sums;
  const sums: ReadoutSums = carriedSums
    ? { ...carriedSums, gram: carriedSums.gram.slice(), cross: carriedSums.cross.slice() }
    : emptyReadoutSums(esn);
  const data = trainingSequences(input.task, input.dataSeed, input.carried?.draws ?? 0, input.add);
  for (const sample of data.samples)
    addSequence(esn, sums, sample.inputs, sample.targets, config.washout);
  const wOut = solveReadoutSums(sums, config.ridge);
  let nonzero = 0;
  for (const v of esn.w.data) if (v !== 0) nonzero++;
  return {
    carried: {
      wIn: esn.wIn,
      w: esn.w,
      sums,
      sequences: (input.carried?.sequences ?? 0) + input.add,
      draws: data.draws,
    },
    wOut,
    loss: fittedMse(sums, wOut),
    rows: sums.rows,
    nonzero,
    evaluation: evaluateEsn(esn, wOut, input.heldOut, input.kind, config.washout),
  };
}
