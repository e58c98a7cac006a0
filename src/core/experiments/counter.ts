import { createModel, forward, initParams, type Model, type ModelSpec } from '../model';
import { createRng } from '../rng';
import {
  countingSample,
  countingTask,
  COUNTING_SYMBOLS,
  type CountingLanguage,
} from '../tasks/counting';
import { createTrainer } from '../train/trainer';
import { runsInTurn, type Snapshot } from './snapshot';

/**
 * Weiss, Goldberg & Yahav (2018): an LSTM can count — its cell state c_t is not squashed, so it
 * can grow by one per a and shrink by one per b for as long as one likes — while a GRU's state
 * is a convex mix of tanh values, always in (−1, 1). Here an LSTM and a GRU of the same size
 * learn aⁿbⁿ (or aⁿbⁿcⁿ) for n up to `trainMaxN`, then are tested on every n up to `testMaxN`.
 * A string is right when every step from the first b on predicts the next symbol (argmax).
 */
export type CounterCell = 'lstm' | 'gru';
export const COUNTER_CELLS: readonly CounterCell[] = ['lstm', 'gru'];

export interface CounterSettings {
  readonly language: CountingLanguage;
  readonly trainMaxN: number;
  readonly testMaxN: number;
  readonly hidden: number;
  /** Training sequences per cell. */
  readonly budget: number;
  readonly lr: number;
  readonly seed: number;
}

const BATCH = 8;
/** Sequences between pause points. */
export const COUNTER_CHUNK = 200;

export function counterSpec(cell: CounterCell, hidden: number): ModelSpec {
  return {
    cell: cell === 'lstm' ? { kind: 'lstm', peepholes: false, forgetBias: 1 } : { kind: 'gru' },
    inputSize: COUNTING_SYMBOLS.length,
    hiddenSize: hidden,
    outputSize: COUNTING_SYMBOLS.length,
    output: 'softmax',
    layers: 1,
    bidirectional: false,
  };
}

const argmax = (v: Float64Array) => {
  let best = 0;
  for (let k = 1; k < v.length; k++) if (v[k]! > v[best]!) best = k;
  return best;
};

/** Whether the model predicts every fixed next symbol of the string with this n. */
export function countsRight(
  model: Model,
  params: Float64Array,
  language: CountingLanguage,
  n: number,
): boolean {
  const sample = countingSample(language, n);
  const { logits } = forward(model, params, sample.inputs);
  return sample.targets.every((y, t) => y === null || argmax(logits[t]!) === y);
}

/** The largest n such that every string up to it is right (0 when n = 1 is already wrong). */
export function longestRight(right: readonly boolean[]): number {
  const first = right.indexOf(false);
  return first < 0 ? right.length : first;
}

/**
 * What a cell's counting unit holds along one string: c_t for the LSTM (the second half of its
 * state [h; c]), s_t for the GRU. The unit is the one whose value follows the count #a − #b most
 * closely (largest |Pearson correlation| over the string); `count` is that count per step.
 */
export interface CountingTrace {
  readonly n: number;
  readonly unit: number;
  readonly correlation: number;
  readonly values: readonly number[];
  readonly count: readonly number[];
}

/** Each unit's memory along a string: the LSTM's c_t, the GRU's s_t (one array per unit). */
export function memoryValues(
  model: Model,
  params: Float64Array,
  language: CountingLanguage,
  n: number,
): number[][] {
  const sample = countingSample(language, n);
  const caches = forward(model, params, sample.inputs).layers[0]!.forward;
  const H = model.spec.hiddenSize;
  const offset = model.spec.cell.kind === 'lstm' ? H : 0;
  return Array.from({ length: H }, (_, j) => caches.map((c) => c.state[offset + j]!));
}

/** #a − #b after each symbol of S aⁿ bⁿ (cⁿ) (the c's leave it at 0). */
export function countAlong(language: CountingLanguage, n: number): number[] {
  const sample = countingSample(language, n);
  let count = 0;
  return sample.inputs.map((x) => {
    if (x[1] === 1) count++;
    else if (x[2] === 1) count--;
    return count;
  });
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const m = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = m(xs);
  const my = m(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k]! - mx) * (ys[k]! - my);
    sxx += (xs[k]! - mx) ** 2;
    syy += (ys[k]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export function countingTrace(
  model: Model,
  params: Float64Array,
  language: CountingLanguage,
  n: number,
): CountingTrace {
  const units = memoryValues(model, params, language, n);
  const count = countAlong(language, n);
  let unit = 0;
  let correlation = 0;
  units.forEach((values, j) => {
    const r = pearson(values, count);
    if (Math.abs(r) > Math.abs(correlation)) [unit, correlation] = [j, r];
  });
  return { n, unit, correlation, values: units[unit]!, count };
}

export interface CounterCellResult {
  readonly cell: CounterCell;
  readonly sequences: number;
  /** Mean cross-entropy per target over the last chunk of training. */
  readonly loss: number;
  /** right[n − 1]: whether the string with this n is right, n = 1..testMaxN. */
  readonly right: readonly boolean[];
  readonly longestRight: number;
  readonly trace: CountingTrace;
  /** The largest |value| the counting unit reaches on that string. */
  readonly peak: number;
}

/** The string drawn in the figure: three times the longest training n, within the test range. */
export const traceN = (settings: CounterSettings): number =>
  Math.min(settings.testMaxN, 3 * settings.trainMaxN);

export function evaluateCounter(
  cell: CounterCell,
  model: Model,
  params: Float64Array,
  settings: CounterSettings,
  sequences: number,
  loss: number,
): CounterCellResult {
  const right = Array.from({ length: settings.testMaxN }, (_, k) =>
    countsRight(model, params, settings.language, k + 1),
  );
  const trace = countingTrace(model, params, settings.language, traceN(settings));
  return {
    cell,
    sequences,
    loss,
    right,
    longestRight: longestRight(right),
    trace,
    peak: Math.max(...trace.values.map(Math.abs)),
  };
}

/** Trains one cell, yielding the sequences seen and the loss after every chunk (pause points). */
export function* trainCounterCell(
  settings: CounterSettings,
  cell: CounterCell,
): Generator<{ sequences: number; loss: number }, CounterCellResult, void> {
  const model = createModel(counterSpec(cell, settings.hidden));
  const params = initParams(model, settings.seed);
  const trainer = createTrainer(model, {
    optimiser: { kind: 'adam', lr: settings.lr },
    clipNorm: 1,
  });
  const task = countingTask(settings.language, settings.trainMaxN);
  const rng = createRng(settings.seed * 7919 + 11);
  let seen = 0;
  let lossSum = 0;
  let steps = 0;
  let loss = NaN;
  while (seen < settings.budget) {
    const n = Math.min(BATCH, settings.budget - seen);
    const report = trainer.bpttStep(
      params,
      Array.from({ length: n }, () => task.sample(rng)),
    );
    seen += n;
    lossSum += report.loss;
    steps++;
    if (seen % COUNTER_CHUNK < BATCH || seen >= settings.budget) {
      loss = lossSum / steps;
      lossSum = 0;
      steps = 0;
      if (seen < settings.budget) yield { sequences: seen, loss };
    }
  }
  return evaluateCounter(cell, model, params, settings, seen, loss);
}

export interface CounterProgress {
  readonly results: readonly CounterCellResult[];
  readonly current: {
    readonly cell: CounterCell;
    readonly sequences: number;
    readonly loss: number;
  } | null;
}

/** Both cells, one after the other, a pause point after every chunk of training. */
export function* counterExperiment(
  settings: CounterSettings,
): Generator<Snapshot<CounterProgress>, CounterCellResult[], void> {
  return yield* runsInTurn(
    COUNTER_CELLS,
    (cell) => trainCounterCell(settings, cell),
    (cell, step) => ({ cell, ...step }),
  );
}

/** Both cells to the end (tests and the reproduction table). */
export function runCounter(settings: CounterSettings): CounterCellResult[] {
  const run = counterExperiment(settings);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}
