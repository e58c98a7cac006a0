import { describe, expect, it } from 'vitest';
import { createModel, forward, initParams, type ModelSpec } from '../model';
import { createRng, uniform } from '../rng';
import { moduleContributions } from './moduleContributions';

const spec: ModelSpec = {
  cell: { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4, 8] },
  inputSize: 2,
  hiddenSize: 10, // modules of 3, 2, 3 and 2 units: uneven on purpose
  outputSize: 2,
  output: 'linear',
  layers: 1,
  bidirectional: false,
};

function setUp() {
  const model = createModel(spec);
  const params = initParams(model, 3, { kind: 'gaussian', std: 0.6 });
  const rng = createRng(11);
  const inputs = Array.from({ length: 23 }, () =>
    Float64Array.from({ length: 2 }, () => uniform(rng, -1, 1)),
  );
  return { model, params, inputs };
}

describe('per-module contributions to a clockwork RNN’s output', () => {
  it('add up, with the head’s bias, to the engine’s output at every step', () => {
    const { model, params, inputs } = setUp();
    const logits = forward(model, params, inputs).logits;
    const { modules, bias } = moduleContributions(model, params, inputs);
    expect(modules).toHaveLength(4);
    logits.forEach((z, t) => {
      for (let o = 0; o < 2; o++) {
        const sum = modules.reduce((a, m) => a + m[t]![o]!, bias[o]!);
        expect(Math.abs(sum - z[o]!)).toBeLessThan(1e-14);
      }
    });
  });

  it('hold still between a module’s ticks and change on them', () => {
    const { model, params, inputs } = setUp();
    const { modules, periods } = moduleContributions(model, params, inputs);
    modules.forEach((m, i) => {
      const T = periods[i]!;
      for (let t = 1; t < inputs.length; t++) {
        if (t % T === 0) expect(m[t]![0]).not.toBe(m[t - 1]![0]);
        else expect(m[t]![0]).toBe(m[t - 1]![0]);
      }
    });
  });

  it('refuses a model that is not one clockwork layer with a head', () => {
    const srn = createModel({ ...spec, cell: { kind: 'srn', activation: 'tanh' } });
    const { params, inputs } = setUp();
    expect(() => moduleContributions(srn, params, inputs)).toThrow(/clockwork/);
  });
});
