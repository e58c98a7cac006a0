import { describe, expect, it } from 'vitest';
import type { CellSpec } from '../cells/types';
import type { OutputKind } from '../cells/jordan';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, lossAndGradient } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { numericGradient, relativeError } from '../testing/gradcheck';
import { randomSample } from '../testing/randomSample';
import { createRtrl, rtrlGradient } from './rtrl';

const cells: Record<string, CellSpec> = {
  srn: { kind: 'srn', activation: 'tanh' },
  'srn relu': { kind: 'srn', activation: 'relu' },
  clockwork: { kind: 'clockwork', activation: 'tanh', periods: [1, 3] },
  gru: { kind: 'gru' },
  lstm: { kind: 'lstm', peepholes: false, forgetBias: 1 },
  'lstm peepholes': { kind: 'lstm', peepholes: true, forgetBias: 1 },
};
const outputs: OutputKind[] = ['softmax', 'linear', 'sigmoid'];

describe('RTRL', () => {
  for (const [name, cell] of Object.entries(cells)) {
    for (const output of outputs) {
      it(`${name} × ${output}: the summed RTRL gradient equals BPTT's to 1e-9 and finite differences to 1e-6`, () => {
        for (const seed of [2, 11]) {
          const spec: ModelSpec = {
            cell,
            inputSize: 3,
            hiddenSize: 4,
            outputSize: 3,
            output,
            layers: 1,
            bidirectional: false,
          };
          const model = createModel(spec);
          const params = initParams(model, seed, { kind: 'gaussian', std: 0.5 });
          const sample = randomSample(seed, 7, 3, 3, output);
          const bptt = lossAndGradient(model, params, sample);
          const rtrl = rtrlGradient(model, params, sample);
          expect(rtrl.loss).toBeCloseTo(bptt.loss, 12);
          expect(relativeError(rtrl.grad, bptt.grad)).toBeLessThan(1e-9);
          const numeric = numericGradient((p) => rtrlGradient(model, p, sample).loss, params);
          const trainable = Array.from(params, (_, k) => k).filter((k) => !model.frozen?.[k]);
          expect(relativeError(rtrl.grad, numeric, trainable)).toBeLessThan(1e-6);
        }
      });
    }
  }

  it('gives ∂z_t/∂θ (the EKF Jacobian) equal to finite differences of the logits', () => {
    const spec: ModelSpec = {
      cell: { kind: 'lstm', peepholes: true, forgetBias: 1 },
      inputSize: 2,
      hiddenSize: 3,
      outputSize: 2,
      output: 'softmax',
      layers: 1,
      bidirectional: false,
    };
    const model = createModel(spec);
    const params = initParams(model, 5, { kind: 'gaussian', std: 0.5 });
    const sample = randomSample(5, 5, 2, 2, 'softmax');
    const rtrl = createRtrl(model);
    let last = null;
    for (const x of sample.inputs) last = rtrl.step(params, x, null);
    const Jz = last!.outputJacobian();
    const N = model.layout.size;
    for (let k = 0; k < 2; k++) {
      const numeric = numericGradient(
        (p) => forward(model, p, sample.inputs).logits[4]![k]!,
        params,
      );
      expect(relativeError(Jz.subarray(k * N, (k + 1) * N), numeric)).toBeLessThan(1e-6);
    }
  });

  it('refuses models it does not cover', () => {
    const base = { inputSize: 2, hiddenSize: 2, outputSize: 2, output: 'linear' as const };
    expect(() =>
      createRtrl(createModel({ ...base, cell: { kind: 'gru' }, layers: 2, bidirectional: false })),
    ).toThrow(/single-layer/);
    expect(() =>
      createRtrl(createModel({ ...base, cell: { kind: 'gru' }, layers: 1, bidirectional: true })),
    ).toThrow(/unidirectional/);
  });
});
