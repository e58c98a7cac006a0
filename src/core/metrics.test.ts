import { describe, expect, it } from 'vitest';
import { createModel } from './model/model';
import { forward, sequenceLoss } from './model/run';
import { accuracy, bitsPerSymbol, mse, nmse, perplexity, uniformCrossEntropy } from './metrics';
import { oneHot } from './vocabulary';
import { createRng } from './rng';
import { initParams } from './model/init';

describe('metrics', () => {
  it('relate perplexity and bits to the cross-entropy', () => {
    expect(perplexity(Math.log(4) * 10, 10)).toBeCloseTo(4, 12);
    expect(bitsPerSymbol(Math.log(8) * 5, 5)).toBeCloseTo(3, 12);
  });

  it('NMSE is 1 for predicting the mean and 0 for a perfect fit', () => {
    const targets = [[1], [2], [3], [6]];
    expect(nmse([[3], [3], [3], [3]], targets)).toBeCloseTo(1, 14);
    expect(nmse(targets, targets)).toBe(0);
    expect(mse([[1, 2]], [[0, 0]])).toBe(2.5);
  });

  it('counts the argmax as the prediction', () => {
    expect(
      accuracy(
        [
          [0.1, 0.9],
          [0.8, 0.2],
          [0.3, 0.7],
        ],
        [1, 0, 0],
      ),
    ).toBeCloseTo(2 / 3, 15);
  });

  it('an untrained softmax language model (small weights) has a loss of about ln V per symbol', () => {
    for (const V of [5, 27, 64]) {
      const model = createModel({
        cell: { kind: 'lstm', peepholes: false, forgetBias: 1 },
        inputSize: V,
        hiddenSize: 16,
        outputSize: V,
        output: 'softmax',
        layers: 1,
        bidirectional: false,
      });
      const params = initParams(model, V, { kind: 'gaussian', std: 0.01 });
      const rng = createRng(V);
      const symbols = Array.from({ length: 200 }, () => Math.floor(rng.next() * V));
      const trace = forward(
        model,
        params,
        symbols.map((s) => oneHot(s, V)),
      );
      const { loss, count } = sequenceLoss(
        model,
        trace,
        symbols.map((_, t) => symbols[(t + 1) % 200]!),
      );
      expect(Math.abs(loss / count - uniformCrossEntropy(V))).toBeLessThan(0.01);
    }
  });
});
