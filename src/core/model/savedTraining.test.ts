import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../base64';
import { initParams } from './init';
import { createModel } from './model';
import { loadModel, saveModel } from './saveFormat';
import type { KeptTraining } from './savedTraining';
import type { ModelSpec } from './spec';

const spec: ModelSpec = {
  cell: { kind: 'gru' },
  inputSize: 3,
  hiddenSize: 4,
  outputSize: 2,
  output: 'softmax',
  layers: 1,
  bidirectional: false,
};
const model = createModel(spec);
const size = model.layout.size;
const params = initParams(model, 5);

function training(): KeptTraining {
  const a = initParams(model, 6);
  const b = initParams(model, 7).map(Math.abs);
  a[0] = -0;
  a[1] = 5e-324;
  b[2] = 0.1 + 0.2;
  return {
    optimiser: { kind: 'adam', t: 1234, a, b },
    run: {
      steps: 1234,
      symbols: 98_765,
      ema: 0.6931471805599453,
      lastLoss: 0.123456789012345,
      lastGradNorm: NaN,
      rng: 4_294_967_295,
      position: 17,
    },
  };
}

const bytes = (a: Float64Array) => Array.from(new Uint8Array(a.buffer));

describe('the model file’s training state', () => {
  it('loads back bit-exact: the moments, the update count, the counters and the data position', () => {
    const kept = training();
    const back = loadModel(saveModel(model, params, { step: 1234 }, kept)).training;
    expect(back.optimiser!.kind).toBe('adam');
    expect(back.optimiser!.t).toBe(1234);
    expect(bytes(back.optimiser!.a)).toEqual(bytes(kept.optimiser!.a));
    expect(bytes(back.optimiser!.b)).toEqual(bytes(kept.optimiser!.b));
    expect(Object.is(back.optimiser!.a[0], -0)).toBe(true);
    // A step-less gradient norm (NaN) is written as null and read back as NaN.
    expect(back.run).toEqual(kept.run);
  });

  it('is optional: a file written before it (or without it) loads with none', () => {
    const old = JSON.parse(saveModel(model, params, { steps: 3 })) as Record<string, unknown>;
    expect(old['training']).toBeUndefined();
    const back = loadModel(JSON.stringify(old));
    expect(back.training).toEqual({ optimiser: null, run: null });
    expect(Array.from(back.params)).toEqual(Array.from(params));
    // The run alone (an engine with no optimiser to give) is kept too.
    const runOnly = loadModel(
      saveModel(model, params, {}, { optimiser: null, run: training().run }),
    );
    expect(runOnly.training.optimiser).toBeNull();
    expect(runOnly.training.run?.steps).toBe(1234);
  });

  it('refuses an optimiser state that is not all finite numbers, as it refuses such weights', () => {
    const kept = training();
    kept.optimiser!.b[3] = Infinity;
    kept.optimiser!.a[5] = NaN;
    const file = saveModel(model, params, {}, kept);
    expect(() => loadModel(file)).toThrow(
      `the file’s optimiser state is not all finite numbers: 2 of ${2 * size} moments are NaN or infinite`,
    );
  });

  it('says what else is wrong with a bad training state', () => {
    const good = JSON.parse(saveModel(model, params, {}, training())) as {
      training: { optimiser: Record<string, unknown>; run: Record<string, unknown> };
    };
    const withOptimiser = (patch: Record<string, unknown>) =>
      JSON.stringify({
        ...good,
        training: { optimiser: { ...good.training.optimiser, ...patch } },
      });
    const withRun = (patch: Record<string, unknown>) =>
      JSON.stringify({ ...good, training: { run: { ...good.training.run, ...patch } } });
    const moments = decodeBase64(good.training.optimiser['moments'] as string);
    expect(() => loadModel(withOptimiser({ moments: encodeBase64(moments.slice(16)) }))).toThrow(
      `the file’s optimiser state holds ${size - 1} parameters' moments; the model has ${size}`,
    );
    expect(() => loadModel(withOptimiser({ t: -1 }))).toThrow(/update count is not a whole number/);
    expect(() => loadModel(withOptimiser({ kind: '' }))).toThrow(/does not say which optimiser/);
    expect(() => loadModel(withOptimiser({ dtype: 'float32' }))).toThrow(
      'unknown optimiser state encoding',
    );
    expect(() => loadModel(withRun({ steps: 1.5 }))).toThrow(/run steps is not a whole number/);
    expect(() => loadModel(withRun({ ema: null }))).toThrow(/loss average is not a finite number/);
    expect(() => loadModel(JSON.stringify({ ...good, training: 7 }))).toThrow(
      'the file’s training state is not an object',
    );
  });
});
