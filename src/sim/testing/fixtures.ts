import { initParams, type Sample } from '../../core/model';
import { createRng } from '../../core/rng';
import { createTrainer } from '../../core/train';
import { resolveConfig } from '../config';
import { Scheduler } from '../scheduler';
import { TrainingSession } from '../session';
import type { SessionConfig, SessionEvent } from '../types';
import { createFakeWorker, type FakeWorker } from './fakeWorker';
import { ManualTime } from './manualTime';

/** A tiny SRN on temporal XOR: steps cost microseconds, so tests can run thousands. */
export const tinyConfig: SessionConfig = {
  spec: {
    cell: { kind: 'srn', activation: 'tanh' },
    inputSize: 1,
    hiddenSize: 3,
    outputSize: 1,
    layers: 1,
    bidirectional: false,
    output: 'sigmoid',
  },
  seed: 7,
  dataSeed: 11,
  train: { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 5 },
  data: { kind: 'task', name: 'temporalXor', params: { length: 9 } },
  batchSize: 2,
};

/**
 * The weights after `steps` steps computed straight from the core engine — initParams,
 * createTrainer and the task sampled with createRng(dataSeed) — with none of the session code:
 * what a session must reproduce bit for bit.
 */
export function referenceWeights(config: SessionConfig, steps: number): Float64Array {
  const { model, task, algorithm, batchSize } = resolveConfig(config);
  const params = initParams(model, config.seed, config.init, config.initOptions);
  const trainer = createTrainer(model, config.train);
  const rng = createRng(config.dataSeed!);
  let position = 0;
  const next = (): Sample => {
    if (task) return task.sample(rng);
    if (config.data.kind !== 'samples') throw new Error('no data');
    return config.data.samples[position++ % config.data.samples.length]!;
  };
  for (let i = 0; i < steps; i++) {
    const batch = Array.from({ length: algorithm.kind === 'bptt' ? batchSize : 1 }, next);
    const r =
      algorithm.kind === 'bptt'
        ? trainer.bpttStep(params, batch)
        : algorithm.kind === 'tbptt'
          ? trainer.tbpttSequence(params, batch[0]!, algorithm)
          : trainer.rtrlSequence(params, batch[0]!);
    if (r.diverged) throw new Error(`the reference diverged at step ${i + 1}`);
  }
  return params;
}

export type Backend = 'thread' | 'worker';

/** A session on simulated time, on the main-thread runner or behind the fake worker. */
export interface Harness {
  readonly session: TrainingSession;
  readonly time: ManualTime;
  readonly worker: FakeWorker | null;
  readonly events: SessionEvent[];
}

export function harness(
  backend: Backend,
  config: SessionConfig = tinyConfig,
  options: { scheduler?: Scheduler; concurrent?: boolean; time?: ManualTime } = {},
): Harness {
  const time = options.time ?? new ManualTime(0.1);
  const inject = { clock: time, yielder: time.yielder };
  const worker = backend === 'worker' ? createFakeWorker(inject) : null;
  const session = new TrainingSession(config, {
    backend,
    scheduler: options.scheduler ?? new Scheduler(),
    concurrent: options.concurrent ?? false,
    ...(worker ? { createWorker: () => worker } : { thread: inject }),
  });
  const events: SessionEvent[] = [];
  session.on((e) => events.push(e));
  return { session, time, worker, events };
}
