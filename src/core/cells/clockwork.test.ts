import { describe, expect, it } from 'vitest';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, lossAndGradient } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { randomSample } from '../testing/randomSample';
import { clockworkMask, createClockworkCell } from './srn';

const base = {
  inputSize: 2,
  hiddenSize: 6,
  outputSize: 2,
  output: 'softmax',
  layers: 1,
  bidirectional: false,
} as const;

describe('clockwork RNN', () => {
  it('with every period 1 equals an SRN whose W has the same block-triangular mask', () => {
    const cw = createModel({
      ...base,
      cell: { kind: 'clockwork', activation: 'tanh', periods: [1, 1, 1] },
    } as ModelSpec);
    const srn = createModel({ ...base, cell: { kind: 'srn', activation: 'tanh' } } as ModelSpec);
    const params = initParams(cw, 8, { kind: 'gaussian', std: 0.5 });
    expect(srn.layout.size).toBe(cw.layout.size);
    const sample = randomSample(8, 9, 2, 2, 'softmax');
    const a = lossAndGradient(cw, params, sample);
    const b = lossAndGradient(srn, params, sample);
    expect(a.loss).toBe(b.loss);
    a.trace.logits.forEach((z, t) => expect(Array.from(z)).toEqual(Array.from(b.trace.logits[t]!)));
    // The SRN trains the masked entries too; everywhere else the gradients agree exactly.
    a.grad.forEach((g, k) => {
      if (cw.frozen![k]) expect(g).toBe(0);
      else expect(g).toBe(b.grad[k]);
    });
  });

  it('masks W block upper-triangularly: slow modules feed fast ones, never the reverse', () => {
    // 3 modules of 2 units: row module ≤ column module is allowed.
    const mask = clockworkMask(6, 3);
    const rows = Array.from({ length: 6 }, (_, i) =>
      Array.from(mask.subarray(i * 6, i * 6 + 6)).join(''),
    );
    expect(rows).toEqual(['000000', '000000', '110000', '110000', '111100', '111100']);
  });

  it('runs module i only when t is a multiple of its period, and keeps the others’ state', () => {
    const cell = createClockworkCell(1, 3, [1, 2, 4]);
    const model = createModel({
      ...base,
      inputSize: 1,
      hiddenSize: 3,
      cell: { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4] },
    } as ModelSpec);
    const params = initParams(model, 3, { kind: 'gaussian', std: 0.8 });
    const inputs = Array.from({ length: 8 }, (_, t) => Float64Array.of(Math.sin(t + 1)));
    const states = forward(model, params, inputs).layers[0]!.forward.map((c) =>
      Array.from(c.state),
    );
    expect(cell.layout.size).toBe(model.layers[0]!.forward.cell.layout.size);
    for (let t = 1; t < 8; t++) {
      const changed = states[t]!.map((v, i) => v !== states[t - 1]![i]);
      expect(changed).toEqual([true, t % 2 === 0, t % 4 === 0]);
    }
  });
});
