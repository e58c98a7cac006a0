import type { OutputKind } from '../core/cells';
import { createModel, type Model } from '../core/model';
import { checkRtrlModel, checkTbptt, TrainingRefusal } from '../core/train';
import { assertSampleShape, createTask, type Task, type TaskInfo } from '../core/tasks';
import { checkEkf } from './ekfSession';
import type { AlgorithmSpec, SessionConfig } from './types';

/**
 * Checks a session config once, up front, and fills in the defaults, so a widget learns about a
 * bad combination (a task whose sizes do not match the model, TBPTT on a bidirectional model …)
 * when it creates the session, with a message that says what to change — not in the middle of
 * training, and not inside a worker. The main thread and the worker both resolve the same config.
 */
export interface ResolvedConfig {
  readonly config: SessionConfig;
  readonly model: Model;
  readonly algorithm: AlgorithmSpec;
  readonly batchSize: number;
  readonly dataSeed: number;
  readonly maxGradNorm: number;
  readonly smoothing: number;
  /** The task to sample from, or null when the data are explicit samples. */
  readonly task: Task | null;
}

export const DEFAULT_MAX_GRAD_NORM = 1e6;
export const DEFAULT_SMOOTHING = 0.95;

/** The data stream's seed when none is given: a fixed scramble of the weight seed. */
export function defaultDataSeed(seed: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
}

const OUTPUT_FOR_KIND: Record<TaskInfo['kind'], OutputKind> = {
  class: 'softmax',
  real: 'linear',
  binary: 'sigmoid',
};
const KIND_FOR_OUTPUT: Record<OutputKind, TaskInfo['kind']> = {
  softmax: 'class',
  linear: 'real',
  sigmoid: 'binary',
};

/** What a task needs that the model lacks: a size, or the kind of output layer. */
export type TaskMismatch =
  | { readonly what: 'inputSize' | 'outputSize'; readonly task: number; readonly model: number }
  | { readonly what: 'output'; readonly task: OutputKind; readonly model: OutputKind };

/** The task does not fit the model: the mismatches as values, for the UI to word. */
export class TaskFitError extends Error {
  constructor(
    readonly task: string,
    readonly mismatches: readonly TaskMismatch[],
  ) {
    super(
      `the task ${task} needs ${mismatches
        .map((m) =>
          m.what === 'output'
            ? `a '${m.task}' output (the model has '${m.model}')`
            : `${m.what} ${m.task} (the model has ${m.model})`,
        )
        .join(', ')}`,
    );
    this.name = 'TaskFitError';
  }
}

function checkTaskFitsModel(task: TaskInfo, model: Model): void {
  const { spec } = model;
  const mismatches: TaskMismatch[] = [];
  if (task.inputSize !== spec.inputSize)
    mismatches.push({ what: 'inputSize', task: task.inputSize, model: spec.inputSize });
  if (task.outputSize !== spec.outputSize)
    mismatches.push({ what: 'outputSize', task: task.outputSize, model: spec.outputSize });
  if (OUTPUT_FOR_KIND[task.kind] !== spec.output)
    mismatches.push({ what: 'output', task: OUTPUT_FOR_KIND[task.kind], model: spec.output });
  if (mismatches.length > 0) throw new TaskFitError(task.name, mismatches);
}

function checkAlgorithm(algorithm: AlgorithmSpec, model: Model, batchSize: number): void {
  switch (algorithm.kind) {
    case 'bptt':
      return;
    case 'tbptt':
      checkTbptt(model, algorithm);
      break;
    case 'rtrl':
      checkRtrlModel(model);
      break;
    case 'ekf':
    case 'dekf':
      checkEkf(model, algorithm);
      break;
    default:
      throw new Error(`unknown algorithm ${JSON.stringify((algorithm as { kind: unknown }).kind)}`);
  }
  if (batchSize !== 1)
    throw new TrainingRefusal(
      { code: 'onlineBatch', algorithm: algorithm.kind, batchSize },
      `${algorithm.kind.toUpperCase()} updates online, one sequence per step: batchSize must be 1`,
    );
}

/** Validates `config` (throws with a message naming the field) and fills in the defaults. */
export function resolveConfig(config: SessionConfig): ResolvedConfig {
  if (!Number.isFinite(config.seed)) throw new Error(`seed must be a number, got ${config.seed}`);
  const model = createModel(config.spec);
  const algorithm = config.algorithm ?? { kind: 'bptt' };
  const batchSize = config.batchSize ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batchSize must be an integer ≥ 1, got ${batchSize}`);
  checkAlgorithm(algorithm, model, batchSize);
  const maxGradNorm = config.maxGradNorm ?? DEFAULT_MAX_GRAD_NORM;
  if (!(maxGradNorm > 0)) throw new Error(`maxGradNorm must be > 0, got ${maxGradNorm}`);
  const smoothing = config.smoothing ?? DEFAULT_SMOOTHING;
  if (!(smoothing >= 0 && smoothing < 1))
    throw new Error(`smoothing must be in [0, 1), got ${smoothing}`);
  const dataSeed = config.dataSeed ?? defaultDataSeed(config.seed);
  if (!Number.isFinite(dataSeed)) throw new Error(`dataSeed must be a number, got ${dataSeed}`);

  let task: Task | null = null;
  const { data } = config;
  if (data.kind === 'task') {
    task = createTask(data.name, { ...data.params });
    checkTaskFitsModel(task, model);
  } else if (data.kind === 'samples') {
    if (data.samples.length === 0) throw new Error('the session was given no samples');
    const info: TaskInfo = {
      name: 'samples',
      inputSize: model.spec.inputSize,
      outputSize: model.spec.outputSize,
      kind: KIND_FOR_OUTPUT[model.spec.output],
    };
    data.samples.forEach((s, i) => {
      try {
        if (assertSampleShape(info, s as Parameters<typeof assertSampleShape>[1]) === 0)
          throw new Error('it has no step with a target');
      } catch (e) {
        throw new Error(`sample ${i} does not fit the model: ${(e as Error).message}`, {
          cause: e,
        });
      }
    });
  } else {
    throw new Error(`unknown data source ${JSON.stringify((data as { kind: unknown }).kind)}`);
  }
  return { config, model, algorithm, batchSize, dataSeed, maxGradNorm, smoothing, task };
}
