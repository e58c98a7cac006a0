import { describe, expect, it } from 'vitest';
import type { CellSpec } from '../cells/types';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, lossAndGradient, sequenceLoss } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { numericGradient, relativeError } from '../testing/gradcheck';
import { randomSample } from '../testing/randomSample';
import { tbptt } from './tbptt';

const cells: Record<string, CellSpec> = {
  srn: { kind: 'srn', activation: 'tanh' },
  jordan: { kind: 'jordan', activation: 'tanh' },
  gru: { kind: 'gru' },
  lstm: { kind: 'lstm', peepholes: true, forgetBias: 1 },
  clockwork: { kind: 'clockwork', activation: 'tanh', periods: [1, 2] },
};

function setup(cell: CellSpec, layers: number, output: ModelSpec['output'], seed: number) {
  const spec: ModelSpec = {
    cell,
    inputSize: 2,
    hiddenSize: 4,
    outputSize: 3,
    output,
    layers,
    bidirectional: false,
  };
  const model = createModel(spec);
  const params = initParams(model, seed, { kind: 'gaussian', std: 0.5 });
  const sample = randomSample(seed, 9, 2, 3, output);
  return { model, params, sample };
}

describe('truncated BPTT(k1, k2)', () => {
  for (const [name, cell] of Object.entries(cells)) {
    const depths = cell.kind === 'jordan' ? [1] : [1, 2];
    for (const layers of depths) {
      it(`${name}, ${layers} layer(s): k1 = k2 = T gives BPTT's gradient exactly`, () => {
        const { model, params, sample } = setup(cell, layers, 'softmax', 4);
        const full = lossAndGradient(model, params, sample);
        const truncated = tbptt(model, params, sample, { k1: 9, k2: 9 });
        expect(truncated.loss).toBeCloseTo(full.loss, 12);
        expect(relativeError(truncated.grad, full.grad)).toBeLessThan(1e-12);
      });

      for (const output of ['softmax', 'linear', 'sigmoid'] as const)
        it(`${name} × ${output}, ${layers} layer(s): each chunk's gradient is the finite-difference gradient of its own errors with the older past held constant`, () => {
          const { model, params, sample } = setup(cell, layers, output, 8);
          const k1 = 2;
          const k2 = 3;
          const chunks: { end: number; grad: Float64Array }[] = [];
          tbptt(model, params, sample, { k1, k2 }, (c) =>
            chunks.push({ end: c.end, grad: c.grad }),
          );
          expect(chunks.map((c) => c.end)).toEqual([1, 3, 5, 7, 8]);
          const fullTrace = forward(model, params, sample.inputs);
          for (const { end, grad } of chunks) {
            const first = end + 1 - ((end + 1) % k1 || k1);
            const from = Math.max(0, end + 1 - k2);
            // States just before `from`, computed with the unperturbed weights: a constant.
            const states = fullTrace.layers.map((l) =>
              from === 0
                ? new Float64Array(l.forward[0]!.prev.length)
                : (l.forward[from - 1]!.state as Float64Array),
            );
            const chunkLoss = (p: Float64Array) => {
              const trace = forward(model, p, sample.inputs.slice(from, end + 1), {
                states,
                time: from,
              });
              const targets = sample.targets
                .slice(from, end + 1)
                .map((d, k) => (from + k >= first ? d : null));
              return sequenceLoss(model, trace, targets).loss;
            };
            const trainable = Array.from(params, (_, k) => k).filter((k) => !model.frozen?.[k]);
            const numeric = numericGradient(chunkLoss, params, trainable);
            expect(relativeError(grad, numeric, trainable)).toBeLessThan(1e-6);
          }
        });
    }
  }

  it('refuses bidirectional models and k2 < k1', () => {
    const gru = (bidirectional: boolean) =>
      createModel({
        cell: { kind: 'gru' },
        inputSize: 1,
        hiddenSize: 2,
        outputSize: 1,
        output: 'linear',
        layers: 1,
        bidirectional,
      });
    const model = gru(true);
    const sample = randomSample(1, 3, 1, 1, 'linear');
    expect(() =>
      tbptt(model, new Float64Array(model.layout.size), sample, { k1: 1, k2: 1 }),
    ).toThrow(/bidirectional/);
    const uni = gru(false);
    expect(() => tbptt(uni, new Float64Array(uni.layout.size), sample, { k1: 3, k2: 2 })).toThrow(
      /k1 ≤ k2/,
    );
  });
});
