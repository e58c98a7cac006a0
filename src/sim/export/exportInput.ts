import { createModel, forward, sequenceLoss, type Model, type Sample } from '../../core/model';
import type { ModelSpec } from '../../core/model';
import { createRng } from '../../core/rng';
import { createTask } from '../../core/tasks';
import { defaultDataSeed } from '../config';
import type { SessionConfig } from '../types';

/**
 * What every exported program is made from: a training figure's session config (cell, sizes,
 * head, optimiser, learning rate, clipping, task or text, seeds) and its current weights in the
 * engine's flat layout. The programs evaluate the loss on the same evaluation batch — the first
 * sequences of the session's own data stream — and then train a few steps more.
 */
export interface ExportInput {
  readonly config: SessionConfig;
  readonly weights: Float64Array;
  /** Where the settings came from, for the programs' header (e.g. "CharRNN, chapter 1"). */
  readonly source?: string;
  /** Training steps each program runs after printing the loss; default 20. */
  readonly trainSteps?: number;
}

/** A sample in plain JSON: inputs as symbol indices when every input is one-hot, else vectors. */
export interface PortableBatch {
  readonly oneHot: boolean;
  readonly inputs: readonly (readonly number[] | readonly (readonly number[])[])[];
  /** Per step: a class index, a target vector, or null (no loss at that step). */
  readonly targets: readonly (readonly (number | readonly number[] | null)[])[];
}

export const DEFAULT_TRAIN_STEPS = 20;

/** How many sequences the evaluation batch holds: the session's batch, at least 4, at most 8. */
export function evaluationCount(config: SessionConfig): number {
  return Math.min(8, Math.max(4, config.batchSize ?? 1));
}

export function dataSeedOf(config: SessionConfig): number {
  return config.dataSeed ?? defaultDataSeed(config.seed);
}

/**
 * The evaluation batch, exactly as the exported TypeScript program draws it: a task's first
 * sequences from an Rng seeded with the data seed, or explicit samples in their order.
 */
export function evaluationBatch(config: SessionConfig): Sample[] {
  const count = evaluationCount(config);
  const { data } = config;
  if (data.kind === 'task') {
    const task = createTask(data.name, { ...data.params });
    const rng = createRng(dataSeedOf(config));
    return Array.from({ length: count }, () => task.sample(rng));
  }
  return data.samples.slice(0, count);
}

/** The engine's loss on a batch: the mean over every step that has a target (nats for softmax). */
export function meanLoss(model: Model, params: Float64Array, batch: readonly Sample[]): number {
  let loss = 0;
  let count = 0;
  for (const sample of batch) {
    const result = sequenceLoss(model, forward(model, params, sample.inputs), sample.targets);
    loss += result.loss;
    count += result.count;
  }
  return loss / count;
}

/** The loss every exported program prints first, computed by the engine. */
export function expectedLoss(input: ExportInput): number {
  const model = createModel(input.config.spec);
  return meanLoss(model, input.weights, evaluationBatch(input.config));
}

function oneHotIndex(x: Float64Array): number {
  let index = -1;
  for (let k = 0; k < x.length; k++) {
    if (x[k] === 0) continue;
    if (x[k] !== 1 || index >= 0) return -1;
    index = k;
  }
  return index;
}

export function portableBatch(spec: ModelSpec, batch: readonly Sample[]): PortableBatch {
  const oneHot =
    spec.inputSize > 0 && batch.every((s) => s.inputs.every((x) => oneHotIndex(x) >= 0));
  return {
    oneHot,
    inputs: batch.map((s) => s.inputs.map((x) => (oneHot ? oneHotIndex(x) : Array.from(x)))),
    targets: batch.map((s) =>
      s.targets.map((d) => (d === null || typeof d === 'number' ? d : Array.from(d))),
    ),
  } as PortableBatch;
}

/** A one-line description of the data, for the programs' headers. */
export function describeData(config: SessionConfig): string {
  const { data } = config;
  if (data.kind === 'samples') return `${data.samples.length} fixed sequences`;
  const params = Object.entries(data.params ?? {}).map(([key, value]) =>
    typeof value === 'string'
      ? `${key}: ${[...value].length} characters`
      : `${key}: ${JSON.stringify(value)}`,
  );
  return `task ${data.name}${params.length > 0 ? ` (${params.join(', ')})` : ''}`;
}
