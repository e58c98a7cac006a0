import type { CellSpec } from '../cells/types';
import { createModel, initParams, type Model, type ModelSpec, type Sample } from '../model';
import { createRng } from '../rng';
import { oneHot } from '../vocabulary';

/** The four cells the gradient check offers. */
export const CHECK_CELLS = ['srn', 'gru', 'lstm', 'clockwork'] as const;
export type CheckCell = (typeof CHECK_CELLS)[number];

/** Symbols of the check's text: a small character model, one-hot in, softmax out. */
export const CHECK_SYMBOLS = 8;

export interface CheckProblemSettings {
  readonly cell: CheckCell;
  /** H */
  readonly hidden: number;
  /** T: characters read (each predicting the next). */
  readonly steps: number;
  /** Seed of the weights and of the text. */
  readonly seed: number;
}

/** A model, its weights and one window of text: what every method differentiates. */
export interface CheckProblem {
  readonly spec: ModelSpec;
  readonly model: Model;
  /** Weights rounded to float32 once, so float64 and float32 methods start from the same numbers. */
  readonly params: Float64Array;
  readonly sample: Sample;
  /** The window's symbols, T + 1 of them (x_t = symbol t, target = symbol t + 1). */
  readonly symbols: readonly number[];
}

/** Clockwork periods 1, 2, 4, 8 (fewer when H has fewer units than modules). */
export function checkPeriods(hidden: number): number[] {
  return [1, 2, 4, 8].slice(0, Math.max(1, Math.min(4, hidden)));
}

export function cellSpecOf(cell: CheckCell, hidden: number): CellSpec {
  switch (cell) {
    case 'srn':
      return { kind: 'srn', activation: 'tanh' };
    case 'gru':
      return { kind: 'gru' };
    case 'lstm':
      return { kind: 'lstm', peepholes: false, forgetBias: 1 };
    case 'clockwork':
      return { kind: 'clockwork', activation: 'tanh', periods: checkPeriods(hidden) };
  }
}

/**
 * The seeded problem: a character model over CHECK_SYMBOLS symbols with the engine's default
 * initialisation, and a random window of T + 1 symbols from the same seed.
 */
export function checkProblem({ cell, hidden, steps, seed }: CheckProblemSettings): CheckProblem {
  const spec: ModelSpec = {
    cell: cellSpecOf(cell, hidden),
    inputSize: CHECK_SYMBOLS,
    hiddenSize: hidden,
    outputSize: CHECK_SYMBOLS,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  };
  const model = createModel(spec);
  const params = initParams(model, seed).map(Math.fround);
  const rng = createRng(seed + 7919);
  const symbols = Array.from({ length: steps + 1 }, () => Math.floor(rng.next() * CHECK_SYMBOLS));
  const sample: Sample = {
    inputs: symbols.slice(0, steps).map((s) => oneHot(s, CHECK_SYMBOLS)),
    targets: symbols.slice(1),
  };
  return { spec, model, params, sample, symbols };
}
