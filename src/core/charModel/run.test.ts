import { describe, expect, it } from 'vitest';
import { softmax } from '../activations';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, lossAndGradient } from '../model/run';
import { createRng } from '../rng';
import { oneHot } from '../vocabulary';
import {
  encodeLoosely,
  natsToBits,
  readSymbols,
  sampleIndex,
  sampleSymbols,
  softmaxWithTemperature,
  textLoss,
  topK,
} from './run';
import { charModelSpec } from './spec';
import { textScoreJob } from './textScore';

const logits = Float64Array.from([1.2, -0.3, 2.5, 0.4]);

describe('softmaxWithTemperature', () => {
  it('is softmax(z / T)', () => {
    for (const T of [0.5, 1, 2]) {
      const expected = softmax(logits.map((z) => z / T));
      const got = softmaxWithTemperature(logits, T);
      got.forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 15));
    }
  });

  it('tends to the argmax as T → 0 and is exactly one-hot at T = 0', () => {
    expect(Array.from(softmaxWithTemperature(logits, 0))).toEqual([0, 0, 1, 0]);
    const cold = softmaxWithTemperature(logits, 1e-3);
    expect(cold[2]).toBeCloseTo(1, 12);
  });

  it('tends to uniform as T grows', () => {
    const hot = softmaxWithTemperature(logits, 1e6);
    hot.forEach((p) => expect(p).toBeCloseTo(0.25, 5));
  });

  it('refuses a negative or NaN temperature', () => {
    expect(() => softmaxWithTemperature(logits, -1)).toThrow();
    expect(() => softmaxWithTemperature(logits, Number.NaN)).toThrow();
  });
});

describe('sampleIndex', () => {
  it('draws with the given probabilities (chi-squared test on a fixed seed)', () => {
    const probs = softmaxWithTemperature(logits, 0.8);
    const rng = createRng(42);
    const n = 40000;
    const counts = new Array<number>(probs.length).fill(0);
    for (let k = 0; k < n; k++) counts[sampleIndex(probs, rng)]!++;
    const chi2 = counts.reduce((s, c, i) => s + (c - n * probs[i]!) ** 2 / (n * probs[i]!), 0);
    // 3 degrees of freedom: P(χ² > 16.27) = 0.001.
    expect(chi2).toBeLessThan(16.27);
  });

  it('never draws an index of probability 0', () => {
    const rng = createRng(3);
    for (let k = 0; k < 1000; k++) expect(sampleIndex([0, 0.5, 0, 0.5, 0], rng)).toBeOneOf([1, 3]);
  });
});

describe('topK, natsToBits', () => {
  it('orders by probability', () => {
    expect(topK([0.1, 0.5, 0.1, 0.3], 3)).toEqual([
      { index: 1, p: 0.5 },
      { index: 3, p: 0.3 },
      { index: 0, p: 0.1 },
    ]);
  });
  it('converts ln V nats to log2 V bits', () => {
    expect(natsToBits(Math.log(64))).toBeCloseTo(6, 14);
  });
});

describe('reading and sampling a model', () => {
  const V = 5;
  const model = createModel(charModelSpec('gru', 6, 2, V));
  const params = initParams(model, 7);
  const indices = [0, 3, 1, 4, 2, 2, 0];

  it('reading one symbol at a time equals one forward pass over the sequence', () => {
    const read = readSymbols(model, params, indices);
    const trace = forward(
      model,
      params,
      indices.map((i) => oneHot(i, V)),
    );
    read.steps.forEach((step, t) => {
      step.logits.forEach((z, k) => expect(z).toBeCloseTo(trace.logits[t]![k]!, 13));
      step.hidden.forEach((h, l) =>
        h.forEach((v, j) => expect(v).toBeCloseTo(trace.layers[l]!.outputs[t]![j]!, 13)),
      );
    });
  });

  it('textLoss is the mean cross-entropy the training loss computes', () => {
    const sample = {
      inputs: indices.slice(0, -1).map((i) => oneHot(i, V)),
      targets: indices.slice(1),
    };
    const reference = lossAndGradient(model, params, sample);
    expect(textLoss(model, params, indices)).toBeCloseTo(reference.loss / reference.count, 13);
  });

  it('samples only symbols of the vocabulary, greedy sampling repeats, same seed same text', () => {
    const a = sampleSymbols(model, params, [0, 3], 50, 1, createRng(9));
    const b = sampleSymbols(model, params, [0, 3], 50, 1, createRng(9));
    expect(a).toEqual(b);
    expect(a.every((i) => Number.isInteger(i) && i >= 0 && i < V)).toBe(true);
    const greedy = sampleSymbols(model, params, [0, 3], 10, 0, createRng(1));
    const read = readSymbols(model, params, [0, 3, ...greedy.slice(0, -1)]);
    greedy.forEach((g, n) => {
      const probs = read.steps[n + 1]!.probs;
      expect(probs[g]).toBe(Math.max(...probs));
    });
  });
});

describe('encodeLoosely', () => {
  it('maps unknown symbols to the other symbol, or drops them', () => {
    expect(encodeLoosely('abz', ['a', 'b', '?'], '?')).toEqual({ indices: [0, 1, 2], unknown: 1 });
    expect(encodeLoosely('abz', ['a', 'b'], '?')).toEqual({ indices: [0, 1], unknown: 1 });
  });
});

describe('textScoreJob', () => {
  it('scores a long text in chunks to the same mean cross-entropy as textLoss, in one pass', () => {
    const V = 6;
    const model = createModel(charModelSpec('lstm', 5, 2, V));
    const params = initParams(model, 4);
    const rng = createRng(8);
    const indices = Array.from({ length: 531 }, () => Math.floor(rng.next() * V));
    const job = textScoreJob({ spec: model.spec, params, indices });
    const scored: number[] = [];
    let next = job.next();
    while (!next.done) {
      scored.push(next.value().scored);
      next = job.next();
    }
    expect(scored).toEqual([200, 400, 530]);
    expect(next.value.predictions).toBe(530);
    expect(next.value.nats).toBeCloseTo(textLoss(model, params, indices), 12);
  });
});
