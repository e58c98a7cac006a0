import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellSpec } from '../core/cells';
import {
  createModel,
  forward,
  initParams,
  type ModelSpec,
  type Sample,
  sequenceLoss,
} from '../core/model';
import { createRng } from '../core/rng';
import { randomSample, relativeError } from '../core/testing';
import {
  createTrainer,
  type OptimiserSpec,
  type StepReport,
  type TrainOptions,
} from '../core/train';
import { selectBackend } from './backend';
import { batchFromIds, batchFromSamples, type TfBatch } from './batch';
import { createReadback } from './readback';
import { createTfModel } from './tfModel';
import { createTfTrainer } from './trainer';

const f32 = (p: Float64Array) => p.map(Math.fround);

const spec = (cell: CellSpec, over: Partial<ModelSpec> = {}): ModelSpec => ({
  cell,
  inputSize: 3,
  hiddenSize: 5,
  outputSize: 4,
  output: 'softmax',
  layers: 1,
  bidirectional: false,
  ...over,
});

/** Core's mean loss per step with a target, summed over the samples, at `params`. */
function coreMeanLoss(s: ModelSpec, params: Float64Array, samples: readonly Sample[]): number {
  const model = createModel(s);
  let loss = 0;
  let count = 0;
  for (const sample of samples) {
    const r = sequenceLoss(model, forward(model, params, sample.inputs), sample.targets);
    loss += r.loss;
    count += r.count;
  }
  return loss / count;
}

/** Runs `steps` updates, reading every step's report back in one go at the end. */
async function train(
  trainer: ReturnType<typeof createTfTrainer>,
  batch: TfBatch,
  steps: number,
): Promise<StepReport[]> {
  const readback = createReadback(steps);
  let reports: StepReport[] = [];
  for (let i = 0; i < steps; i++) {
    const done = readback.push(trainer.trainStep(batch));
    if (done) reports = reports.concat(await done);
  }
  return reports.concat(await readback.flush());
}

/** The largest differences from core measured in this file, printed at the end. */
const worst = { stepLoss: 0, weights: 0, weightsRmsprop: 0, afterTraining: 0 };
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

beforeAll(async () => {
  await selectBackend('cpu');
});

describe('tfjs optimisers = core optimisers (5 steps, same batch, same start)', () => {
  // [name, options, tolerance on the weights after 5 steps (relative error)]. RMSProp's is
  // looser: tfjs divides by √(r + ε²) where core divides by √r + ε, a relative difference of
  // about ε/√r in each update, which is 1e-2 for the weights whose mean gradient is ~1e-6.
  const optimisers: [string, TrainOptions, number][] = [
    ['sgd', { optimiser: { kind: 'sgd', lr: 0.3 } }, 1e-5],
    ['momentum', { optimiser: { kind: 'momentum', lr: 0.1, momentum: 0.9 } }, 1e-5],
    ['nesterov', { optimiser: { kind: 'nesterov', lr: 0.1, momentum: 0.9 } }, 1e-5],
    ['rmsprop', { optimiser: { kind: 'rmsprop', lr: 0.01 } }, 1e-3],
    ['adam', { optimiser: { kind: 'adam', lr: 0.02 } }, 1e-5],
    ['adam + clipNorm', { optimiser: { kind: 'adam', lr: 0.02 }, clipNorm: 0.05 }, 1e-5],
    ['sgd + clipValue', { optimiser: { kind: 'sgd', lr: 0.3 }, clipValue: 0.01 }, 1e-5],
  ];
  const cells: CellSpec[] = [
    { kind: 'lstm', peepholes: true, forgetBias: 1 },
    { kind: 'clockwork', activation: 'tanh', periods: [1, 2] },
  ];
  for (const [name, options, tolerance] of optimisers) {
    for (const cell of cells) {
      it(`${name}, ${cell.kind}`, async () => {
        const s = spec(cell);
        const model = createModel(s);
        const start = f32(initParams(model, 3, { kind: 'gaussian', std: 0.5 }));
        const samples = [1, 2, 3].map((seed) => randomSample(seed, 6, 3, 4, 'softmax'));
        const core = createTrainer(model, options);
        const coreParams = start.slice();
        const coreReports = Array.from({ length: 5 }, () => core.bpttStep(coreParams, samples));
        const tfModel = createTfModel(s, start);
        const trainer = createTfTrainer(tfModel, options);
        const reports = await train(trainer, batchFromSamples(s, samples), 5);
        reports.forEach((r, i) => {
          const c = coreReports[i]!;
          worst.stepLoss = Math.max(worst.stepLoss, relative(r.loss, c.loss));
          expect(relative(r.loss, c.loss)).toBeLessThan(1e-5);
          expect(Math.abs(r.gradNorm - c.gradNorm) / c.gradNorm).toBeLessThan(1e-4);
          expect(r.count).toBe(c.count);
          expect(r.diverged).toBe(false);
        });
        const moved = relativeError(tfModel.getParams(), coreParams);
        const key = name === 'rmsprop' ? 'weightsRmsprop' : 'weights';
        worst[key] = Math.max(worst[key], moved);
        expect(moved).toBeLessThan(tolerance);
        // The clockwork mask stays exactly zero.
        const p = tfModel.getParams();
        model.frozen?.forEach((f, k) => f && expect(p[k]).toBe(0));
        trainer.dispose();
        tfModel.dispose();
      });
    }
  }
});

describe('training on tfjs, continuing on core', () => {
  it('after 20 Adam steps, core computes the loss tfjs reports (to 1e-4)', async () => {
    const V = 6;
    const s = spec(
      { kind: 'lstm', peepholes: false, forgetBias: 1 },
      {
        inputSize: V,
        outputSize: V,
        hiddenSize: 8,
      },
    );
    const rng = createRng(9);
    const ids = Array.from({ length: 4 }, () =>
      Array.from({ length: 13 }, () => Math.floor(rng.next() * V)),
    );
    const inputs = ids.map((seq) => seq.slice(0, 12));
    const targets = ids.map((seq) => seq.slice(1));
    const samples: Sample[] = inputs.map((seq, b) => ({
      inputs: seq.map((i) => Float64Array.from({ length: V }, (_, k) => (k === i ? 1 : 0))),
      targets: targets[b]!,
    }));
    const batch = batchFromIds(inputs, targets);
    const m = createTfModel(s, initParams(createModel(s), 1));
    const trainer = createTfTrainer(m, { optimiser: { kind: 'adam', lr: 0.05 }, clipNorm: 5 });
    const first = await train(trainer, batch, 19);
    const after19 = m.getParams();
    const [step20] = await train(trainer, batch, 1);
    // The 20th step reports the loss at the weights the first 19 left.
    const core19 = coreMeanLoss(s, after19, samples);
    expect(relative(step20!.loss, core19)).toBeLessThan(1e-4);
    // And the weights after the 20th: tf's own evaluation = core's.
    const { loss, count } = await m.evaluate(batch);
    const core20 = coreMeanLoss(s, m.getParams(), samples);
    expect(relative(loss / count, core20)).toBeLessThan(1e-4);
    worst.afterTraining = Math.max(relative(step20!.loss, core19), relative(loss / count, core20));
    expect(core20).toBeLessThan(first[0]!.loss * 0.8);
    trainer.dispose();
    m.dispose();
  });
});

describe('no tensor leaks', () => {
  /** numTensors before = after `steps` updates (one warm-up step creates the optimiser state). */
  async function leakCheck(s: ModelSpec, batch: TfBatch, steps: number, options: TrainOptions) {
    const m = createTfModel(s, initParams(createModel(s), 2));
    const trainer = createTfTrainer(m, options);
    await train(trainer, batch, 1);
    const before = tf.memory().numTensors;
    const readback = createReadback(50);
    let reports = 0;
    for (let i = 0; i < steps; i++) {
      const done = readback.push(trainer.trainStep(batch));
      if (done) reports += (await done).length;
    }
    reports += (await readback.flush()).length;
    expect(reports).toBe(steps);
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
    m.dispose();
  }

  // A leak of even one tensor per step shows after the first readback; 500 steps cover ten.
  it('500 training steps of a small character SRN', async () => {
    const s = spec({ kind: 'srn', activation: 'tanh' }, { inputSize: 5, outputSize: 5 });
    const batch = batchFromIds(
      [
        [0, 1, 2, 3, 4, 0],
        [4, 3, 2, 1, 0, 4],
      ],
      [
        [1, 2, 3, 4, 0, null],
        [3, 2, 1, 0, 4, null],
      ],
    );
    await leakCheck(s, batch, 500, { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 1 });
  }, 60_000);

  const others: [string, CellSpec, Partial<ModelSpec>, OptimiserSpec][] = [
    [
      'GRU, deep bidirectional, RMSProp',
      { kind: 'gru' },
      { layers: 2, bidirectional: true },
      { kind: 'rmsprop', lr: 0.01 },
    ],
    [
      'LSTM peepholes, linear head, momentum',
      { kind: 'lstm', peepholes: true, forgetBias: 1 },
      { output: 'linear' },
      { kind: 'momentum', lr: 0.01, momentum: 0.9 },
    ],
    [
      'clockwork, sigmoid head, SGD',
      { kind: 'clockwork', activation: 'tanh', periods: [1, 3] },
      { output: 'sigmoid' },
      { kind: 'sgd', lr: 0.01 },
    ],
  ];
  for (const [name, cell, over, optimiser] of others) {
    it(`50 steps: ${name}`, async () => {
      const s = spec(cell, over);
      const samples = [1, 2].map((seed) => randomSample(seed, 5, 3, 4, s.output));
      await leakCheck(s, batchFromSamples(s, samples), 50, { optimiser, clipValue: 1 });
    });
  }
});

describe('readback and divergence', () => {
  it('reads many steps at once, every n pushes', async () => {
    const s = spec({ kind: 'gru' });
    const m = createTfModel(s, initParams(createModel(s), 1));
    const trainer = createTfTrainer(m, { optimiser: { kind: 'sgd', lr: 0.1 } });
    const batch = batchFromSamples(s, [randomSample(1, 4, 3, 4, 'softmax')]);
    const readback = createReadback(3);
    expect(readback.push(trainer.trainStep(batch))).toBeNull();
    expect(readback.push(trainer.trainStep(batch))).toBeNull();
    expect(readback.pending).toBe(2);
    const reports = await readback.push(trainer.trainStep(batch))!;
    expect(reports.map((r) => r.count)).toEqual([3, 3, 3]);
    expect(reports[2]!.loss).toBeLessThan(reports[0]!.loss);
    expect(await readback.flush()).toEqual([]);
    const before = tf.memory().numTensors;
    readback.push(trainer.trainStep(batch));
    readback.dispose();
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
    m.dispose();
  });

  it('a non-finite step is reported as diverged and (SGD) leaves the weights alone', async () => {
    const s = spec({ kind: 'srn', activation: 'tanh' }, { output: 'linear' });
    const m = createTfModel(s, f32(initParams(createModel(s), 1)));
    const start = m.getParams();
    const trainer = createTfTrainer(m, { optimiser: { kind: 'sgd', lr: 0.1 } });
    const sample = randomSample(1, 4, 3, 4, 'linear');
    // Targets of 1e30: the squared error overflows float32.
    const huge: Sample = {
      inputs: sample.inputs,
      targets: sample.targets.map((d) => (d === null ? null : new Float64Array(4).fill(1e30))),
    };
    const [report] = await train(trainer, batchFromSamples(s, [huge]), 1);
    expect(report!.diverged).toBe(true);
    expect(Array.from(m.getParams())).toEqual(Array.from(start));
    trainer.dispose();
    m.dispose();
  });
});

afterAll(() => {
  const e = (x: number) => x.toExponential(2);
  console.info(
    `worst vs core: step loss ${e(worst.stepLoss)}, weights after 5 steps ${e(worst.weights)} ` +
      `(RMSProp ${e(worst.weightsRmsprop)}), loss after 20 steps ${e(worst.afterTraining)}`,
  );
});
