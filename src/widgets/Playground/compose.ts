import type { CellSpec } from '../../core/cells';
import { stepCost, type Algorithm, type StepCost } from '../../core/diagnostics';
import {
  createModel,
  ModelSpecError,
  parameterCount,
  type InitScheme,
  type Model,
  type ModelSpecProblem,
} from '../../core/model';
import { createRng } from '../../core/rng';
import {
  createTask,
  TaskParamError,
  taskRegistry,
  type Sample,
  type Task,
  type TaskParamProblem,
} from '../../core/tasks';
import { TrainingRefusal, type OptimiserSpec, type TrainingProblem } from '../../core/train';
import {
  resolveConfig,
  TaskFitError,
  type AlgorithmSpec,
  type SessionConfig,
  type TaskMismatch,
} from '../../sim';
import type { CellKindName } from './choices';
import type { PlaygroundSettings } from './settings';

/**
 * From the reader's settings to a training session's config, or to the reason it cannot be one.
 * Every check is the engine's own (task generators, createModel, resolveConfig) except two the
 * page adds: the task's parameters must be the registry's (by name and type), and a step must
 * fit a browser's budget of time and memory (stepCost, the engine's cost model).
 */

/** A step may cost at most this many multiply-adds (about a second on a laptop). */
export const MAX_STEP_WORK = 1e9;
/** The algorithm may keep at most this many floats (about 200 MB). */
export const MAX_FLOATS = 2.5e7;
export const MAX_PARAMETERS = 1e6;

export type Problem =
  /** A task generator refused a parameter (a field of the task). */
  | { readonly kind: 'taskParam'; readonly problem: TaskParamProblem }
  /** The model cannot be built so (a Jordan network's layers, the clockwork modules). */
  | { readonly kind: 'modelSpec'; readonly problem: ModelSpecProblem }
  /** The algorithm cannot train this model so (its batch, its window, its model). */
  | {
      readonly kind: 'training';
      readonly problem: Exclude<TrainingProblem, { code: 'ekfTooBig' | 'dekfTooBig' }>;
    }
  /** The engine refused for a reason no other kind names (a programmer's error): its message. */
  | { readonly kind: 'engine'; readonly part: 'task' | 'model' | 'train'; readonly message: string }
  /** The task needs another output layer (or size) than the model has. */
  | { readonly kind: 'taskFit'; readonly mismatches: readonly TaskMismatch[] }
  | { readonly kind: 'taskJson'; readonly message: string }
  | { readonly kind: 'unknownParam'; readonly name: string; readonly known: string }
  | { readonly kind: 'paramType'; readonly name: string; readonly type: ParamType }
  | { readonly kind: 'learningRate'; readonly value: number }
  /** The echo state network is composed apart (esn/composeEsn.ts), and only it takes 'ridge'. */
  | { readonly kind: 'esnCell' }
  | { readonly kind: 'ridgeOnlyEsn'; readonly cell: CellKindName }
  /** An ESN's readout is fitted in one ridge solve, not by this gradient algorithm. */
  | { readonly kind: 'esnAlgorithm'; readonly algorithm: Algorithm }
  | { readonly kind: 'esnHead'; readonly head: 'softmax' | 'sigmoid' }
  | { readonly kind: 'esnWashout'; readonly washout: number; readonly first: number }
  | {
      readonly kind: 'tooBig';
      /** ekfParameters: the global EKF's N × N covariance; dekfCovariance: its blocks' entries. */
      readonly what: 'parameters' | 'work' | 'memory' | 'ekfParameters' | 'dekfCovariance';
      readonly value: number;
      readonly limit: number;
    };

export interface Composed {
  readonly ok: true;
  readonly config: SessionConfig;
  readonly model: Model;
  readonly task: Task;
  readonly parameterCount: number;
  /** The longest of a few samples: the T the cost is counted for. */
  readonly sampleLength: number;
  readonly cost: StepCost;
}
export type Composition = Composed | { readonly ok: false; readonly problem: Problem };

const refuse = (problem: Problem): Composition => ({ ok: false, problem });
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Settings a training session runs: a session cell with a gradient algorithm or a filter. */
type SessionSettings = PlaygroundSettings & {
  readonly cell: CellKindName;
  readonly algorithm: Algorithm;
};
const isSessionSettings = (s: PlaygroundSettings): s is SessionSettings =>
  s.cell !== 'esn' && s.algorithm !== 'ridge';

/** The task's defaults from the registry: its parameters' names and types. */
export function taskDefaults(task: PlaygroundSettings['task']): Readonly<Record<string, unknown>> {
  return taskRegistry[task].defaults as Readonly<Record<string, unknown>>;
}

/** What a task parameter can be (the registry's defaults are numbers, texts and switches). */
export type TaskParamValue = number | string | boolean;
export type ParamType = 'number' | 'string' | 'boolean';

/** Parses the JSON of task parameters against the registry's defaults. */
export function parseTaskParams(
  task: PlaygroundSettings['task'],
  text: string,
): { params: Record<string, TaskParamValue> } | { problem: Problem } {
  if (text.trim() === '') return { params: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problem: { kind: 'taskJson', message: messageOf(e) } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problem: { kind: 'taskJson', message: 'not an object' } };
  const defaults = taskDefaults(task);
  const params: Record<string, TaskParamValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!Object.hasOwn(defaults, name))
      return {
        problem: { kind: 'unknownParam', name, known: Object.keys(defaults).join(', ') || '—' },
      };
    const type = typeof defaults[name] as ParamType;
    const ok =
      type === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === type;
    if (!ok) return { problem: { kind: 'paramType', name, type } };
    params[name] = value as TaskParamValue;
  }
  return { params };
}

function cellSpec(s: SessionSettings): CellSpec {
  switch (s.cell) {
    case 'srn':
    case 'jordan':
      return { kind: s.cell, activation: s.activation };
    case 'clockwork':
      return { kind: 'clockwork', activation: s.activation, periods: s.periods };
    case 'gru':
      return { kind: 'gru' };
    case 'lstm':
      return {
        kind: 'lstm',
        peepholes: s.peepholes,
        forgetBias: s.forgetBias,
        variant: s.variant,
      };
  }
}

function initScheme(s: PlaygroundSettings): InitScheme {
  switch (s.init) {
    case 'uniform':
      return { kind: 'uniform' };
    case 'gaussian':
      return { kind: 'gaussian', std: s.initScale };
    case 'identity':
      return { kind: 'identity', scale: s.initScale };
    case 'orthogonal':
      return { kind: 'orthogonal', gain: s.initScale };
  }
}

function optimiserSpec(s: PlaygroundSettings): OptimiserSpec {
  switch (s.optimiser) {
    case 'momentum':
    case 'nesterov':
      return { kind: s.optimiser, lr: s.lr, momentum: 0.9 };
    default:
      return { kind: s.optimiser, lr: s.lr };
  }
}

function algorithmSpec(s: SessionSettings): AlgorithmSpec {
  switch (s.algorithm) {
    case 'tbptt':
      return { kind: 'tbptt', k1: s.k1, k2: s.k2 };
    case 'ekf':
    case 'dekf':
      return { kind: s.algorithm, p0: s.ekfP0, r: s.ekfR, q: s.ekfQ };
    default:
      return { kind: s.algorithm };
  }
}

/** Samples the reader sees: a stream of their own, apart from the training data. */
export function heldOutSamples(task: Task, seed: number, n: number): Sample[] {
  const rng = createRng((seed * 7919 + 104729) >>> 0);
  return Array.from({ length: n }, () => task.sample(rng));
}

/** A training refusal as a problem; the EKFs' covariance limits are a page's size limits. */
function trainingProblem(problem: TrainingProblem): Problem {
  switch (problem.code) {
    case 'ekfTooBig':
      return {
        kind: 'tooBig',
        what: 'ekfParameters',
        value: problem.parameters,
        limit: problem.limit,
      };
    case 'dekfTooBig':
      return {
        kind: 'tooBig',
        what: 'dekfCovariance',
        value: problem.entries,
        limit: problem.limit,
      };
    default:
      return { kind: 'training', problem };
  }
}

/** The settings as a session config, or the first reason they cannot train. */
export function compose(s: PlaygroundSettings): Composition {
  if (!isSessionSettings(s))
    return refuse(s.cell === 'esn' ? { kind: 'esnCell' } : { kind: 'ridgeOnlyEsn', cell: s.cell });
  const parsed = parseTaskParams(s.task, s.taskParams);
  if ('problem' in parsed) return refuse(parsed.problem);
  let task: Task;
  let sampleLength = 0;
  try {
    task = createTask(s.task, parsed.params);
    for (const sample of heldOutSamples(task, s.seed, 3))
      sampleLength = Math.max(sampleLength, sample.inputs.length);
  } catch (e) {
    if (e instanceof TaskParamError) return refuse({ kind: 'taskParam', problem: e.problem });
    return refuse({ kind: 'engine', part: 'task', message: messageOf(e) });
  }
  const outputs = { class: 'softmax', real: 'linear', binary: 'sigmoid' } as const;
  let model: Model;
  try {
    model = createModel({
      cell: cellSpec(s),
      inputSize: task.inputSize,
      hiddenSize: s.hidden,
      outputSize: task.outputSize,
      layers: s.layers,
      bidirectional: s.bidirectional,
      output: s.head === 'auto' ? outputs[task.kind] : s.head,
    });
  } catch (e) {
    if (e instanceof ModelSpecError) return refuse({ kind: 'modelSpec', problem: e.problem });
    return refuse({ kind: 'engine', part: 'model', message: messageOf(e) });
  }
  const count = parameterCount(model);
  if (count > MAX_PARAMETERS)
    return refuse({ kind: 'tooBig', what: 'parameters', value: count, limit: MAX_PARAMETERS });
  if (!(Number.isFinite(s.lr) && s.lr > 0)) return refuse({ kind: 'learningRate', value: s.lr });

  const config: SessionConfig = {
    spec: model.spec,
    seed: s.seed,
    init: initScheme(s),
    ...(s.scaleRho ? { initOptions: { spectralRadius: s.rho } } : {}),
    train: { optimiser: optimiserSpec(s), ...(s.clip > 0 ? { clipNorm: s.clip } : {}) },
    algorithm: algorithmSpec(s),
    data: { kind: 'task', name: s.task, params: parsed.params },
    batchSize: s.batch,
  };
  // The sessions' own refusals first (an online algorithm's batch, the EKF's covariance limit).
  try {
    resolveConfig(config);
  } catch (e) {
    if (e instanceof TaskFitError) return refuse({ kind: 'taskFit', mismatches: e.mismatches });
    if (e instanceof TrainingRefusal) return refuse(trainingProblem(e.problem));
    return refuse({ kind: 'engine', part: 'train', message: messageOf(e) });
  }
  const cost = stepCost(model, s.algorithm, { T: sampleLength, k1: s.k1, k2: s.k2 });
  const work = cost.multiplyAdds * sampleLength * (s.algorithm === 'bptt' ? s.batch : 1);
  if (work > MAX_STEP_WORK)
    return refuse({ kind: 'tooBig', what: 'work', value: work, limit: MAX_STEP_WORK });
  if (cost.floatsStored > MAX_FLOATS)
    return refuse({ kind: 'tooBig', what: 'memory', value: cost.floatsStored, limit: MAX_FLOATS });
  return { ok: true, config, model, task, parameterCount: count, sampleLength, cost };
}
