import { describe, expect, it } from 'vitest';
import { spectralRadius } from '../linalg/eigen';
import { blockView, block } from '../params';
import { initParams } from './init';
import { createModel } from './model';
import type { ModelSpec } from './spec';

const spec = (cell: ModelSpec['cell'], hiddenSize = 8): ModelSpec => ({
  cell,
  inputSize: 3,
  hiddenSize,
  outputSize: 2,
  output: 'softmax',
  layers: 1,
  bidirectional: false,
});
const gate = (
  params: Float64Array,
  model: ReturnType<typeof createModel>,
  name: string,
  g: number,
) => {
  const b = block(model.layout, name);
  const n = b.cols;
  return { rows: n, cols: n, data: blockView(params, b).slice(g * n * n, (g + 1) * n * n) };
};

describe('initialisers', () => {
  it('uniform stays within ±1/√fan-in, biases 0, the LSTM forget gate at its bias', () => {
    const model = createModel(spec({ kind: 'lstm', peepholes: false, forgetBias: 1.5 }));
    const params = initParams(model, 1);
    const wx = blockView(params, block(model.layout, 'l0.fwd.Wx'));
    expect(Math.max(...wx.map(Math.abs))).toBeLessThanOrEqual(1 / Math.sqrt(3));
    const b = blockView(params, block(model.layout, 'l0.fwd.b'));
    expect(Array.from(b.subarray(8, 16))).toEqual(new Array(8).fill(1.5));
    expect(Array.from(b.subarray(0, 8))).toEqual(new Array(8).fill(0));
  });

  it('gaussian has the requested spread', () => {
    const model = createModel(spec({ kind: 'srn', activation: 'tanh' }, 60));
    const w = blockView(
      initParams(model, 2, { kind: 'gaussian', std: 0.3 }),
      block(model.layout, 'l0.fwd.W'),
    );
    const sd = Math.sqrt(w.reduce((s, x) => s + x * x, 0) / w.length);
    expect(sd).toBeGreaterThan(0.28);
    expect(sd).toBeLessThan(0.32);
  });

  it('identity (IRNN) starts W at I', () => {
    const model = createModel(spec({ kind: 'srn', activation: 'relu' }, 4));
    const w = blockView(
      initParams(model, 3, { kind: 'identity' }),
      block(model.layout, 'l0.fwd.W'),
    );
    expect(Array.from(w)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('orthogonal gives each recurrent gate matrix QᵀQ = I', () => {
    const model = createModel(spec({ kind: 'gru' }, 5));
    const params = initParams(model, 4, { kind: 'orthogonal' });
    for (let g = 0; g < 3; g++) {
      const q = gate(params, model, 'l0.fwd.Wh', g);
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 5; j++) {
          let s = 0;
          for (let k = 0; k < 5; k++) s += q.data[k * 5 + i]! * q.data[k * 5 + j]!;
          expect(s).toBeCloseTo(i === j ? 1 : 0, 12);
        }
      }
    }
  });

  it('rescales recurrent matrices to the requested spectral radius, keeping clockwork zeros', () => {
    for (const cell of [
      { kind: 'srn', activation: 'tanh' },
      { kind: 'lstm', peepholes: false, forgetBias: 1 },
      { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4, 8] },
    ] as const) {
      const model = createModel(spec(cell));
      const params = initParams(model, 5, { kind: 'gaussian', std: 1 }, { spectralRadius: 1.3 });
      const name = cell.kind === 'lstm' ? 'l0.fwd.Wh' : 'l0.fwd.W';
      const gates = cell.kind === 'lstm' ? 4 : 1;
      for (let g = 0; g < gates; g++)
        expect(spectralRadius(gate(params, model, name, g))).toBeCloseTo(1.3, 9);
      if (model.frozen) model.frozen.forEach((f, k) => f && expect(params[k]).toBe(0));
    }
    expect(() =>
      initParams(
        createModel(spec({ kind: 'gru' })),
        1,
        { kind: 'uniform' },
        { spectralRadius: NaN },
      ),
    ).toThrow(/spectral radius/);
  });
});
