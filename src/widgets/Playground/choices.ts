import { activations, type ActivationName } from '../../core/activations';
import { LSTM_VARIANTS, type CellSpec, type OutputKind } from '../../core/cells';
import type { Algorithm } from '../../core/diagnostics';
import { RACE_ALGORITHMS } from '../../core/experiments';
import type { InitScheme } from '../../core/model';
import { taskNames } from '../../core/tasks';
import type { OptimiserSpec } from '../../core/train';
import type { AlgorithmSpec } from '../../sim';

/**
 * What the Playground offers, read from the engine rather than listed by hand: the activations,
 * LSTM variants, tasks and training algorithms are the core's own lists; the cell kinds,
 * initialisers, optimisers, heads and session algorithms come from records keyed by the core's
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
const sessionAlgorithmSet: Record<AlgorithmSpec['kind'], true> = {
  bptt: true,
  tbptt: true,
  rtrl: true,
};

const keysOf = <K extends string>(set: Record<K, true>) => Object.keys(set) as [K, ...K[]];

export const CELL_KINDS = keysOf(cellKindSet);
export const ACTIVATIONS = Object.keys(activations) as [ActivationName, ...ActivationName[]];
export const LSTM_VARIANT_NAMES = LSTM_VARIANTS;
export const INIT_KINDS = keysOf(initKindSet);
export const OPTIMISERS = keysOf(optimiserKindSet);
/** 'auto' takes the head the task's loss needs; the others are the engine's output kinds. */
export const HEADS = ['auto', ...keysOf(outputKindSet)] as const;
/** Every training algorithm of the core (sessions run some of them: see SESSION_ALGORITHMS). */
export const ALGORITHMS = RACE_ALGORITHMS as [Algorithm, ...Algorithm[]];
export const SESSION_ALGORITHMS = keysOf(sessionAlgorithmSet);
export const TASKS = taskNames as [(typeof taskNames)[number], ...typeof taskNames];

export type CellKindName = CellKind;
export type HeadName = (typeof HEADS)[number];

export function isSessionAlgorithm(a: string): a is AlgorithmSpec['kind'] {
  return (SESSION_ALGORITHMS as readonly string[]).includes(a);
}
