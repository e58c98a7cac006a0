import { createModel, initParams, type Model, type ModelSpec, parameterCount } from '../core/model';
import { createRng, type Rng } from '../core/rng';
import type { Task } from '../core/tasks';
import { createTrainer, type TrainOptions } from '../core/train';

/** One row of the reproductions table: what we measured beside what the paper reports. */
export interface ReproRow {
  readonly experiment: string;
  readonly source: string;
  readonly published: string;
  readonly measured: string;
  /** Whether our numbers show the published effect. */
  readonly reproduced: boolean;
  readonly details: Readonly<Record<string, number | string>>;
}

export interface Trained {
  readonly model: Model;
  readonly params: Float64Array;
  readonly parameters: number;
  readonly sequences: number;
}

/**
 * Trains a model on a task with BPTT, one sequence per update (batches of `batch`), for at
 * most `sequences` sequences, stopping early when `done` says so (checked every `checkEvery`).
 */
export function trainOnTask(
  spec: ModelSpec,
  task: Task,
  options: TrainOptions & {
    readonly seed: number;
    readonly sequences: number;
    readonly batch?: number;
    readonly checkEvery?: number;
    readonly done?: (model: Model, params: Float64Array) => boolean;
  },
): Trained {
  const model = createModel(spec);
  const params = initParams(model, options.seed);
  const trainer = createTrainer(model, options);
  const rng: Rng = createRng(options.seed * 7919 + 1);
  const batch = options.batch ?? 1;
  const checkEvery = options.checkEvery ?? 500;
  let seen = 0;
  while (seen < options.sequences) {
    trainer.bpttStep(
      params,
      Array.from({ length: batch }, () => task.sample(rng)),
    );
    seen += batch;
    if (options.done && seen % checkEvery < batch && options.done(model, params)) break;
  }
  return { model, params, parameters: parameterCount(model), sequences: seen };
}

export const fmt = (x: number, digits = 3) =>
  Math.abs(x) >= 1000 ? x.toFixed(0) : x.toPrecision(digits);
