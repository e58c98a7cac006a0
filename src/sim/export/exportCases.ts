import { createModel, initParams, type ModelSpec } from '../../core/model';
import { createRng } from '../../core/rng';
import { createTask } from '../../core/tasks';
import type { SessionConfig } from '../types';
import type { ExportInput } from './exportInput';

/**
 * Small models for the tests that run the exported programs: every cell the targets write,
 * every head, deep and bidirectional, text and tasks, each optimiser and both clippings.
 */
const TEXT = 'the cat sat on the mat; the rat ran at the cat.';

function spec(cell: ModelSpec['cell'], rest: Partial<ModelSpec> = {}): ModelSpec {
  return {
    cell,
    inputSize: 0,
    hiddenSize: 4,
    outputSize: 0,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
    ...rest,
  };
}

function textConfig(cell: ModelSpec['cell'], rest: Partial<SessionConfig> = {}, shape = {}) {
  const V = new Set(TEXT).size;
  return {
    spec: spec(cell, { inputSize: V, outputSize: V, ...shape }),
    seed: 3,
    train: { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 1 },
    data: { kind: 'task', name: 'charCorpus', params: { text: TEXT, seqLength: 5 } },
    batchSize: 2,
    ...rest,
  } as SessionConfig;
}

/** Weights that are not a fresh initialisation (biases nonzero too): the init plus noise. */
function weightsFor(config: SessionConfig): Float64Array {
  const model = createModel(config.spec);
  const params = initParams(model, config.seed);
  const rng = createRng(config.seed + 7);
  return params.map((v) => v + 0.3 * (rng.next() - 0.5));
}

function addingSamples(count: number) {
  const task = createTask('addingModern', { T: 5 });
  const rng = createRng(11);
  return Array.from({ length: count }, () => task.sample(rng));
}

const cases: Record<string, SessionConfig> = {
  srnTanhText: textConfig({ kind: 'srn', activation: 'tanh' }),
  srnReluDeepBi: textConfig(
    { kind: 'srn', activation: 'relu' },
    { train: { optimiser: { kind: 'sgd', lr: 0.1 } } },
    { layers: 2, bidirectional: true },
  ),
  gruDeepBi: textConfig(
    { kind: 'gru' },
    { train: { optimiser: { kind: 'momentum', lr: 0.05, momentum: 0.9 }, clipValue: 0.5 } },
    { layers: 2, bidirectional: true },
  ),
  lstmText: textConfig(
    { kind: 'lstm', peepholes: false, forgetBias: 1 },
    { train: { optimiser: { kind: 'rmsprop', lr: 0.01 }, clipNorm: 2 } },
  ),
  lstmAddingLinear: {
    spec: spec(
      { kind: 'lstm', peepholes: false, forgetBias: 1 },
      {
        inputSize: 2,
        outputSize: 1,
        output: 'linear',
        layers: 2,
      },
    ),
    seed: 5,
    train: { optimiser: { kind: 'nesterov', lr: 0.05, momentum: 0.5 } },
    data: { kind: 'task', name: 'addingModern', params: { T: 6 } },
    batchSize: 4,
  },
  gruParitySigmoid: {
    spec: spec({ kind: 'gru' }, { inputSize: 1, outputSize: 1, output: 'sigmoid' }),
    seed: 8,
    train: { optimiser: { kind: 'adam', lr: 0.02 } },
    data: { kind: 'task', name: 'runningParity', params: { length: 6 } },
  },
  srnSamplesCycle: {
    spec: spec(
      { kind: 'srn', activation: 'tanh' },
      { inputSize: 2, outputSize: 1, output: 'linear' },
    ),
    seed: 2,
    train: { optimiser: { kind: 'sgd', lr: 0.05 } },
    data: { kind: 'samples', samples: addingSamples(5), order: 'cycle' },
    batchSize: 2,
  },
  gruAdagrad: textConfig(
    { kind: 'gru' },
    { train: { optimiser: { kind: 'adagrad', lr: 0.05 }, clipNorm: 1 } },
  ),
  lstmPeepholes: textConfig({ kind: 'lstm', peepholes: true, forgetBias: 1 }),
  srnSigmoid: textConfig({ kind: 'srn', activation: 'sigmoid' }),
  clockwork: textConfig({ kind: 'clockwork', activation: 'tanh', periods: [1, 2] }),
};

export type ExportCaseName = keyof typeof cases;

export function exportCase(name: string, trainSteps = 3): ExportInput {
  const config = cases[name]!;
  return { config, weights: weightsFor(config), source: `test case ${name}`, trainSteps };
}

export const EXPORT_CASE_NAMES = Object.keys(cases);
