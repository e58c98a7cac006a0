import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greffCell, type CellSpec, type OutputKind } from '../core/cells';
import {
  createModel,
  forward,
  initParams,
  loadModel,
  lossAndGradient,
  type ModelSpec,
  type Sample,
  saveModel,
} from '../core/model';
import { outputOf } from '../core/losses';
import { randomSample, relativeError } from '../core/testing';
import { oneHot } from '../core/vocabulary';
import { selectBackend } from './backend';
import { batchFromIds, batchFromSamples } from './batch';
import { lstmRoute, setLstmImplementation } from './cells';
import { createTfModel } from './tfModel';

/**
 * Parity of the tfjs engine with the core engine: same spec, same weights (rounded to float32
 * for both, so only the arithmetic differs), same batch. Core's loss and gradient are summed
 * over the batch's sequences, as the tfjs model sums them.
 */
const cells: Record<string, CellSpec> = {
  'srn tanh': { kind: 'srn', activation: 'tanh' },
  'srn relu': { kind: 'srn', activation: 'relu' },
  'srn sigmoid': { kind: 'srn', activation: 'sigmoid' },
  'srn linear': { kind: 'srn', activation: 'linear' },
  gru: { kind: 'gru' },
  lstm: { kind: 'lstm', peepholes: false, forgetBias: 1 },
  'lstm peepholes': { kind: 'lstm', peepholes: true, forgetBias: 1 },
  clockwork: { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4] },
};
const shapes = [
  { layers: 1, bidirectional: false, name: 'single' },
  { layers: 2, bidirectional: true, name: 'deep bidirectional' },
];

const spec = (cell: CellSpec, output: OutputKind, shape = shapes[0]!): ModelSpec => ({
  cell,
  inputSize: 3,
  hiddenSize: 6,
  outputSize: 4,
  output,
  layers: shape.layers,
  bidirectional: shape.bidirectional,
});

/** Core's loss and gradient of a batch, summed over its sequences (float64 arithmetic). */
function coreBatch(s: ModelSpec, params: Float64Array, samples: readonly Sample[]) {
  const model = createModel(s);
  const grad = new Float64Array(model.layout.size);
  let loss = 0;
  for (const sample of samples) {
    const r = lossAndGradient(model, params, sample);
    loss += r.loss;
    for (let k = 0; k < grad.length; k++) grad[k]! += r.grad[k]!;
  }
  return { loss, grad };
}

const f32 = (p: Float64Array) => p.map(Math.fround);
const worst = { loss: 0, grad: 0 };

function parity(s: ModelSpec, seed: number, T = 7, B = 3) {
  const model = createModel(s);
  const params = f32(initParams(model, seed, { kind: 'gaussian', std: 0.5 }));
  const samples = Array.from({ length: B }, (_, b) =>
    randomSample(seed * 10 + b, T, s.inputSize, s.outputSize, s.output),
  );
  const core = coreBatch(s, params, samples);
  const tfModel = createTfModel(s, params);
  const ours = tfModel.lossAndGradients(batchFromSamples(s, samples));
  tfModel.dispose();
  const lossError = Math.abs(ours.loss - core.loss) / Math.max(Math.abs(core.loss), 1e-12);
  const gradError = relativeError(ours.grad, core.grad);
  worst.loss = Math.max(worst.loss, lossError);
  worst.grad = Math.max(worst.grad, gradError);
  return { lossError, gradError, core, ours };
}

beforeAll(async () => {
  await selectBackend('cpu');
});

// Every parity case runs the fused LSTM (on CPU 'auto' would pick the op-by-op one for these
// small sizes); the op-by-op form and the 'auto' choice have tests of their own below.
beforeAll(() => setLstmImplementation('fused'));
afterAll(() => setLstmImplementation('auto'));

describe('tfjs engine = core engine (loss rel. < 1e-5, gradient rel. < 1e-4)', () => {
  for (const [name, cell] of Object.entries(cells)) {
    for (const output of ['softmax', 'linear', 'sigmoid'] as const) {
      for (const shape of shapes) {
        if (output === 'sigmoid' && shape !== shapes[0]) continue;
        it(`${name} × ${output} × ${shape.name}`, () => {
          for (const seed of [1, 2]) {
            const r = parity(spec(cell, output, shape), seed);
            expect(r.lossError).toBeLessThan(1e-5);
            expect(r.gradError).toBeLessThan(1e-4);
          }
        });
      }
    }
  }

  it('symbol ids (tf.gather) = one-hot inputs, for a character model', () => {
    const s: ModelSpec = { ...spec(cells['lstm']!, 'softmax'), inputSize: 5, outputSize: 5 };
    const ids = [
      [0, 3, 1, 4, 4, 2],
      [2, 2, 0, 1, 3, 0],
    ];
    const targets = ids.map((seq) => [...seq.slice(1), null]);
    const samples: Sample[] = ids.map((seq, b) => ({
      inputs: seq.map((i) => oneHot(i, 5)),
      targets: targets[b]!,
    }));
    const params = f32(initParams(createModel(s), 3, { kind: 'gaussian', std: 0.5 }));
    const core = coreBatch(s, params, samples);
    const m = createTfModel(s, params);
    const ours = m.lossAndGradients(batchFromIds(ids, targets));
    m.dispose();
    expect(Math.abs(ours.loss - core.loss) / core.loss).toBeLessThan(1e-5);
    expect(relativeError(ours.grad, core.grad)).toBeLessThan(1e-4);
    expect(ours.count).toBe(10);
  });

  it('the clockwork mask gets exactly zero gradient', () => {
    const s = spec(cells['clockwork']!, 'linear');
    const { ours } = parity(s, 5);
    const frozen = createModel(s).frozen!;
    let masked = 0;
    frozen.forEach((f, k) => {
      if (f) {
        masked++;
        expect(Math.abs(ours.grad[k]!)).toBe(0);
      }
    });
    expect(masked).toBeGreaterThan(0);
  });

  it("the op-by-op LSTM (the benchmark's baseline) = the fused LSTM = core", () => {
    // The fused LSTM (one op per direction, hand-written backward) runs in every test above;
    // the plain recurrence that tfjs differentiates itself must agree with it and with core.
    const lstmCells = [cells['lstm']!, cells['lstm peepholes']!];
    for (const cell of lstmCells) {
      for (const shape of shapes) {
        const s = spec(cell, 'softmax', shape);
        const fused = parity(s, 3, 6, 3);
        setLstmImplementation('autodiff');
        try {
          const plain = parity(s, 3, 6, 3);
          expect(plain.lossError).toBeLessThan(1e-5);
          expect(plain.gradError).toBeLessThan(1e-4);
          expect(relativeError(fused.ours.grad, plain.ours.grad)).toBeLessThan(1e-5);
          expect(fused.ours.grad).not.toEqual(new Float64Array(fused.ours.grad.length));
        } finally {
          setLstmImplementation('fused');
        }
      }
    }
  });

  it("'auto' runs the fused op on the CPU from H = 64 at small batches, else the op-by-op LSTM", () => {
    setLstmImplementation('auto');
    try {
      for (const H of [5, 64]) {
        const s = { ...spec(cells['lstm']!, 'softmax'), hiddenSize: H };
        const r = parity(s, 2, 4, 2);
        expect(r.lossError).toBeLessThan(1e-5);
        expect(r.gradError).toBeLessThan(1e-4);
      }
      expect(lstmRoute(5, 1)).toBe('autodiff');
      expect(lstmRoute(64, 1)).toBe('fused-ops');
      expect(lstmRoute(128, 32)).toBe('autodiff');
    } finally {
      setLstmImplementation('fused');
    }
  });

  it('reports the worst errors measured', () => {
    console.info(
      `worst parity: loss ${worst.loss.toExponential(2)}, grad ${worst.grad.toExponential(2)}`,
    );
    expect(worst.grad).toBeGreaterThan(0);
  });
});

describe('outputs and evaluation', () => {
  it('outputs [T, B, O] = core outputs; evaluate = the summed loss', async () => {
    for (const output of ['softmax', 'sigmoid', 'linear'] as const) {
      const s = spec(cells['gru']!, output);
      const model = createModel(s);
      const params = f32(initParams(model, 8, { kind: 'gaussian', std: 0.5 }));
      const samples = [0, 1].map((b) => randomSample(20 + b, 5, 3, 4, output));
      const batch = batchFromSamples(s, samples);
      const m = createTfModel(s, params);
      const ys = m.outputs(batch);
      expect(ys.shape).toEqual([5, 2, 4]);
      const values = ys.dataSync();
      ys.dispose();
      samples.forEach((sample, b) => {
        const trace = forward(model, params, sample.inputs);
        trace.logits.forEach((z, t) => {
          const ours = values.subarray((t * 2 + b) * 4, (t * 2 + b + 1) * 4);
          expect(relativeError(ours, outputOf(output, z))).toBeLessThan(1e-5);
        });
      });
      const { loss, count } = await m.evaluate(batch);
      const core = coreBatch(s, params, samples);
      expect(Math.abs(loss - core.loss) / core.loss).toBeLessThan(1e-5);
      expect(count).toBe(samples.flatMap((x) => x.targets).filter((d) => d !== null).length);
      m.dispose();
    }
  });
});

describe('parameters move between the engines', () => {
  it('core → tf → core is exact to float32, for every cell', () => {
    for (const cell of Object.values(cells)) {
      const s = spec(cell, 'softmax', shapes[1]);
      const params = initParams(createModel(s), 4, { kind: 'gaussian', std: 0.5 });
      const m = createTfModel(s, params);
      expect(Array.from(m.getParams())).toEqual(Array.from(f32(params)));
      m.dispose();
    }
  });

  it('readParams (async) = getParams; setParams overwrites', async () => {
    const s = spec(cells['gru']!, 'linear');
    const model = createModel(s);
    const m = createTfModel(s, initParams(model, 1));
    const other = f32(initParams(model, 2));
    m.setParams(other);
    expect(Array.from(await m.readParams())).toEqual(Array.from(other));
    expect(Array.from(m.getParams())).toEqual(Array.from(other));
    m.dispose();
  });

  it('a model saved from tf loads in core (and back) with the same weights', () => {
    const s = spec(cells['lstm peepholes']!, 'sigmoid');
    const model = createModel(s);
    const m = createTfModel(s, initParams(model, 6));
    const text = saveModel(model, m.getParams(), { engine: 'tfjs' });
    const loaded = loadModel(text);
    const again = createTfModel(loaded.model.spec, loaded.params);
    expect(Array.from(again.getParams())).toEqual(Array.from(m.getParams()));
    m.dispose();
    again.dispose();
  });

  it('dispose frees every tensor the model made', () => {
    const before = tf.memory().numTensors;
    const s = spec(cells['clockwork']!, 'softmax', shapes[1]);
    const m = createTfModel(s, initParams(createModel(s), 1));
    m.lossAndGradients(
      batchFromSamples(s, [randomSample(1, 5, s.inputSize, s.outputSize, s.output)]),
    );
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses Jordan networks, LSTM variants and batches that do not fit', () => {
    const jordan: ModelSpec = {
      ...spec(cells['gru']!, 'softmax'),
      cell: { kind: 'jordan', activation: 'tanh' },
    };
    expect(() => createTfModel(jordan, initParams(createModel(jordan), 1))).toThrow(/Jordan/);
    const nog: ModelSpec = { ...jordan, cell: greffCell('nog') };
    expect(() => createTfModel(nog, initParams(createModel(nog), 1))).toThrow(
      'the LSTM variant "nog" runs only on the typed-array engine: the tfjs engine has the standard LSTM only',
    );
    const s = spec(cells['gru']!, 'softmax');
    const m = createTfModel(s, initParams(createModel(s), 1));
    expect(() => m.lossAndGradients(batchFromIds([[0, 7]], [[1, null]]))).toThrow(/outside/);
    m.dispose();
  });
});
