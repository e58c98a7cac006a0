import { describe, expect, it } from 'vitest';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, sequenceLoss, type Sample } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { createRng } from '../rng';
import { createTrainer } from './trainer';

const spec: ModelSpec = {
  cell: { kind: 'srn', activation: 'tanh' },
  inputSize: 1,
  hiddenSize: 6,
  outputSize: 1,
  output: 'linear',
  layers: 1,
  bidirectional: false,
};

/** Echo the input from two steps back. */
function echo(seed: number, T = 20): Sample {
  const rng = createRng(seed);
  const xs = Array.from({ length: T }, () => rng.next() * 2 - 1);
  return {
    inputs: xs.map((x) => Float64Array.of(x)),
    targets: xs.map((_, t) => (t < 2 ? null : Float64Array.of(xs[t - 2]! * 0.5))),
  };
}

const heldOut = echo(999);
const meanLoss = (model: ReturnType<typeof createModel>, params: Float64Array) => {
  const r = sequenceLoss(model, forward(model, params, heldOut.inputs), heldOut.targets);
  return r.loss / r.count;
};

describe('trainers', () => {
  for (const how of ['bptt', 'tbptt', 'rtrl'] as const) {
    it(`${how} with Adam learns to echo the input from two steps back`, () => {
      const model = createModel(spec);
      const params = initParams(model, 4);
      const trainer = createTrainer(model, { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 5 });
      const before = meanLoss(model, params);
      for (let i = 0; i < 300; i++) {
        const s = echo(i);
        const r =
          how === 'bptt'
            ? trainer.bpttStep(params, [s])
            : how === 'tbptt'
              ? trainer.tbpttSequence(params, s, { k1: 5, k2: 10 })
              : trainer.rtrlSequence(params, s);
        expect(r.diverged).toBe(false);
      }
      const after = meanLoss(model, params);
      expect(after).toBeLessThan(before / 5);
    });
  }

  it('refuses a step that diverges and keeps the last good weights', () => {
    const model = createModel(spec);
    const params = initParams(model, 4);
    const keep = params.slice();
    const trainer = createTrainer(model, { optimiser: { kind: 'sgd', lr: 0.1 } });
    const bad: Sample = { inputs: [Float64Array.of(NaN)], targets: [Float64Array.of(0)] };
    const r = trainer.bpttStep(params, [bad]);
    expect(r.diverged).toBe(true);
    expect(Array.from(params)).toEqual(Array.from(keep));
  });
});
