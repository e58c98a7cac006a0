import { activations, type ActivationName } from '../../core/activations';
import { LSTM_VARIANTS, type CellSpec, type OutputKind } from '../../core/cells';
import type { Algorithm } from '../../core/diagnostics';
import type { InitScheme } from '../../core/model';
import { taskNames } from '../../core/tasks';
import type { OptimiserSpec } from '../../core/train';
import type { AlgorithmSpec } from '../../sim';

/**
 * What the Playground offers, read from the engine rather than listed by hand: the activations,
 * LSTM variants and tasks are the core's own lists; the cell kinds, initialisers,
 * optimisers, heads and training algorithms come from records keyed by the core's
 * types, so the type checker fails here the day the engine gains a kind the Playground lacks.
 */

type CellKind = CellSpec['kind'];
const cellKindSet: Record<CellKind, true> = {
  srn: true,
  jordan: true,
  gru: true,
  lstm: true,
  clockwork: true,
};
const initKindSet: Record<InitScheme['kind'], true> = {
  uniform: true,
  gaussian: true,
  identity: true,
  orthogonal: true,
};
const optimiserKindSet: Record<OptimiserSpec['kind'], true> = {
  sgd: true,
  momentum: true,
  nesterov: true,
  rmsprop: true,
  adagrad: true,
  adam: true,
};
const outputKindSet: Record<OutputKind, true> = { softmax: true, linear: true, sigmoid: true };
/** Keyed by both the core's algorithms and the sessions': the two lists must be the same. */
const algorithmSet: Record<Algorithm | AlgorithmSpec['kind'], true> = {
  bptt: true,
  tbptt: true,
  rtrl: true,
  ekf: true,
  dekf: true,
};

const keysOf = <K extends string>(set: Record<K, true>) => Object.keys(set) as [K, ...K[]];

/** The session engine's cells (src/core/cells). */
export const CELL_KINDS = keysOf(cellKindSet);
/**
 * What the Compose menu offers: the session cells and the echo state network, which is not a
 * session cell — its reservoir is fixed and only its readout is fitted (src/core/esn, esn/).
 */
export const PLAYGROUND_CELLS = [...CELL_KINDS, 'esn'] as const;
export const ACTIVATIONS = Object.keys(activations) as [ActivationName, ...ActivationName[]];
export const LSTM_VARIANT_NAMES = LSTM_VARIANTS;
export const INIT_KINDS = keysOf(initKindSet);
export const OPTIMISERS = keysOf(optimiserKindSet);
/** 'auto' takes the head the task's loss needs; the others are the engine's output kinds. */
export const HEADS = ['auto', ...keysOf(outputKindSet)] as const;
/** Every training algorithm of the core, each of which the sessions run. */
export const ALGORITHMS = keysOf(algorithmSet);
/** What the Training menu offers: the sessions' algorithms and the ESN's one-shot ridge readout. */
export const PLAYGROUND_ALGORITHMS = [...ALGORITHMS, 'ridge'] as const;
export const TASKS = taskNames as [(typeof taskNames)[number], ...typeof taskNames];

export type CellKindName = CellKind;
export type PlaygroundCell = (typeof PLAYGROUND_CELLS)[number];
export type HeadName = (typeof HEADS)[number];
