import { describe, expect, it } from 'vitest';
import type { CellSpec } from '../cells/types';
import type { OutputKind } from '../cells/jordan';
import { numericGradient, relativeError } from '../testing/gradcheck';
import { randomSample } from '../testing/randomSample';
import { initParams } from './init';
import { createModel } from './model';
import { forward, lossAndGradient, sequenceLoss } from './run';
import type { ModelSpec } from './spec';

const cells: Record<string, CellSpec> = {
  'srn tanh': { kind: 'srn', activation: 'tanh' },
  'srn relu': { kind: 'srn', activation: 'relu' },
  'srn sigmoid': { kind: 'srn', activation: 'sigmoid' },
  'srn linear': { kind: 'srn', activation: 'linear' },
  jordan: { kind: 'jordan', activation: 'tanh' },
  gru: { kind: 'gru' },
  lstm: { kind: 'lstm', peepholes: false, forgetBias: 1 },
  'lstm peepholes': { kind: 'lstm', peepholes: true, forgetBias: 1 },
  clockwork: { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4] },
};
const heads: OutputKind[] = ['softmax', 'linear', 'sigmoid'];
const shapes = [
  { layers: 1, bidirectional: false, name: 'single' },
  { layers: 2, bidirectional: false, name: 'deep' },
  { layers: 1, bidirectional: true, name: 'bidirectional' },
  { layers: 2, bidirectional: true, name: 'deep bidirectional' },
];

/** BPTT's gradient against central differences of the loss, over every parameter. */
function check(spec: ModelSpec, seed: number) {
  const model = createModel(spec);
  // Gaussian weights of moderate size so that no unit sits in a flat or kinked region.
  const params = initParams(model, seed, { kind: 'gaussian', std: 0.5 });
  const sample = randomSample(seed + 1, 6, spec.inputSize, spec.outputSize, spec.output);
  const { grad } = lossAndGradient(model, params, sample);
  const loss = (p: Float64Array) =>
    sequenceLoss(model, forward(model, p, sample.inputs), sample.targets).loss;
  const trainable = Array.from(params, (_, k) => k).filter((k) => !model.frozen?.[k]);
  const numeric = numericGradient(loss, params, trainable);
  return { error: relativeError(grad, numeric, trainable), grad, model };
}

describe('BPTT gradients agree with finite differences (float64, relative error < 1e-6)', () => {
  for (const [name, cell] of Object.entries(cells)) {
    for (const output of heads) {
      for (const shape of shapes) {
        if (cell.kind === 'jordan' && shape.name !== 'single') continue;
        it(`${name} × ${output} × ${shape.name}`, () => {
          for (const [seed, hidden, input, out] of [
            [1, 3, 2, 3],
            [7, 5, 3, 2],
          ] as const) {
            const spec: ModelSpec = {
              cell,
              inputSize: input,
              hiddenSize: hidden,
              outputSize: out,
              output,
              ...shape,
            };
            const { error } = check(spec, seed);
            expect(error).toBeLessThan(1e-6);
          }
        });
      }
    }
  }

  it('gives structurally zero clockwork weights no gradient', () => {
    const spec: ModelSpec = {
      cell: { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4] },
      inputSize: 2,
      hiddenSize: 6,
      outputSize: 2,
      output: 'linear',
      layers: 1,
      bidirectional: false,
    };
    const { grad, model } = check(spec, 3);
    let frozen = 0;
    model.frozen!.forEach((f, k) => {
      if (f) {
        frozen++;
        expect(grad[k]).toBe(0);
      }
    });
    // 3 modules of 2 units: the 3 blocks below the diagonal, 4 entries each.
    expect(frozen).toBe(12);
  });
});
