import { describe, expect, it } from 'vitest';
import {
  createModel,
  forward as engineForward,
  backward as engineBackward,
  sequenceLoss,
} from '../model';
import { block, blockView } from '../params';
import { createRng, gaussian } from '../rng';
import { clipByGlobalNorm, createOptimiser } from '../train';
import { relativeError as normRelativeError } from '../testing';
import { worstRelativeError } from './gradCheck';
import {
  adagradStep,
  adamStep,
  backward,
  buildVocabulary,
  clipGradients,
  createTrainer,
  decode,
  encode,
  forward,
  initCharRnn,
  paramArrays,
  sample,
  softmax,
  trainStep,
  zeroGrads,
  type CharRnn,
  type Grads,
} from './minCharRnn';

const text = 'hello, world. hold the hollow yellow line.';
const vocabulary = buildVocabulary(text);
const data = encode(vocabulary, text);
const inputs = data.slice(0, 8);
const targets = data.slice(1, 9);

/** A model with weights big enough (σ = 0.5) that every gradient entry is far from zero. */
function busyModel(seed = 3): CharRnn {
  return initCharRnn(vocabulary.chars.length, 5, seed, 0.5);
}

function randomState(size: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: size }, () => 0.5 * gaussian(rng));
}

function flat(m: CharRnn | Grads): Float64Array {
  const arrays = paramArrays(m).map(([, a]) => a);
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** The same SRN in the core engine, with the hand-made weights copied into its layout. */
function engineTwin(m: CharRnn) {
  const model = createModel({
    cell: { kind: 'srn', activation: 'tanh' },
    inputSize: m.vocabSize,
    hiddenSize: m.hiddenSize,
    outputSize: m.vocabSize,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  });
  const params = new Float64Array(model.layout.size);
  const names = { U: 'l0.fwd.U', W: 'l0.fwd.W', b: 'l0.fwd.b', V: 'head.V', c: 'head.c' } as const;
  for (const [name, values] of paramArrays(m)) {
    blockView(params, block(model.layout, names[name as keyof typeof names])).set(values);
  }
  return { model, params, names };
}

describe('the hand-written character RNN', () => {
  it('builds a sorted vocabulary of code points and round-trips text', () => {
    const v = buildVocabulary('baé😀b');
    expect(v.chars).toEqual(['a', 'b', 'é', '😀']);
    expect(decode(v, encode(v, 'b😀a'))).toBe('b😀a');
    expect(() => encode(v, 'z')).toThrow(/"z" is not in the vocabulary/);
  });

  it('starts at a loss of T·ln V, as min-char-rnn says it should', () => {
    const m = initCharRnn(vocabulary.chars.length, 100, 1);
    const T = 25;
    const pass = forward(m, data.slice(0, T), data.slice(1, T + 1), new Float64Array(100));
    const expected = T * Math.log(vocabulary.chars.length);
    expect(Math.abs(pass.loss - expected) / expected).toBeLessThan(1e-3);
  });

  it('computes gradients that equal centred finite differences (< 1e-7 relative, every entry)', () => {
    const m = busyModel();
    const s0 = randomState(m.hiddenSize, 9);
    const g = backward(m, forward(m, inputs, targets, s0), targets);
    const loss = () => forward(m, inputs, targets, s0).loss;
    const grads = paramArrays(g);
    for (const [n, [name, theta]] of paramArrays(m).entries()) {
      const worst = worstRelativeError(loss, theta, grads[n]![1]);
      expect(worst, name).toBeLessThan(1e-7);
    }
  });

  it('computes the same loss and gradients as the core engine on the same weights', () => {
    const m = busyModel(5);
    const s0 = randomState(m.hiddenSize, 11);
    const pass = forward(m, inputs, targets, s0);
    const g = backward(m, pass, targets);
    const { model, params, names } = engineTwin(m);
    const x = inputs.map((i) => Float64Array.from({ length: m.vocabSize }, (_, k) => +(k === i)));
    const trace = engineForward(model, params, x, { states: [s0], time: 0 });
    const loss = sequenceLoss(model, trace, targets);
    const engineGrad = engineBackward(model, params, trace, loss.dLogits);
    expect(Math.abs(pass.loss - loss.loss) / loss.loss).toBeLessThan(1e-14);
    expect(normRelativeError(pass.last, trace.layers[0]!.outputs[inputs.length - 1]!)).toBeLessThan(
      1e-14,
    );
    for (const [name, values] of paramArrays(g)) {
      const theirs = blockView(engineGrad, block(model.layout, names[name as keyof typeof names]));
      expect(normRelativeError(values, theirs), name).toBeLessThan(1e-13);
    }
  });

  it('clips like the core engine clips', () => {
    const m = busyModel();
    const g = backward(m, forward(m, inputs, targets, new Float64Array(5)), targets);
    const theirs = flat(g);
    const coreNorm = clipByGlobalNorm(theirs, 0.5);
    expect(clipGradients(g, 0.5)).toBeCloseTo(coreNorm, 12);
    expect(normRelativeError(flat(g), theirs)).toBeLessThan(1e-15);
  });

  it('takes the same Adam steps as the core optimiser', () => {
    const m = busyModel();
    const theirs = flat(m);
    const adam = createOptimiser({ kind: 'adam', lr: 0.01 }, theirs.length);
    const state = { m: zeroGrads(m), v: zeroGrads(m), t: 0 };
    for (const seed of [1, 2, 3]) {
      const g = backward(m, forward(m, inputs, targets, randomState(5, seed)), targets);
      adam.step(theirs, flat(g));
      adamStep(m, g, state, 0.01);
    }
    expect(normRelativeError(flat(m), theirs)).toBeLessThan(1e-15);
  });

  it('takes Adagrad steps of lr·g/√(Σg² + 1e-8), computed in closed form for a constant gradient', () => {
    const m = busyModel();
    const before = flat(m);
    const g = backward(m, forward(m, inputs, targets, new Float64Array(5)), targets);
    const gFlat = flat(g);
    const memory = zeroGrads(m);
    for (let n = 0; n < 3; n++) adagradStep(m, g, memory, 0.1);
    const expected = before.map((theta, k) => {
      const gk = gFlat[k]!;
      let moved = 0;
      for (let n = 1; n <= 3; n++) moved += (0.1 * gk) / Math.sqrt(n * gk * gk + 1e-8);
      return theta - moved;
    });
    expect(normRelativeError(flat(m), expected)).toBeLessThan(1e-14);
    expect(
      normRelativeError(
        flat(memory),
        gFlat.map((gk) => 3 * gk * gk),
      ),
    ).toBeLessThan(1e-15);
  });

  it('samples deterministically from a seed, by the inverse CDF of o_t', () => {
    const m = busyModel();
    const s = randomState(5, 4);
    const a = sample(m, s, data[0]!, 40, createRng(7));
    expect(sample(m, s, data[0]!, 40, createRng(7))).toEqual(a);
    expect(sample(m, s, data[0]!, 40, createRng(8))).not.toEqual(a);
    expect(a.every((k) => Number.isInteger(k) && k >= 0 && k < m.vocabSize)).toBe(true);
    // The first draw, by hand from the engine's probabilities for the same input and state.
    const { model, params } = engineTwin(m);
    const x = [Float64Array.from({ length: m.vocabSize }, (_, k) => +(k === data[0]))];
    const o = softmax(engineForward(model, params, x, { states: [s], time: 0 }).logits[0]!);
    const u = createRng(7).next();
    let cumulative = 0;
    const first = o.findIndex((p) => (cumulative += p) >= u);
    expect(a[0]).toBe(first);
  });

  it('sharpens samples at a low temperature', () => {
    const m = busyModel();
    const cold = sample(m, new Float64Array(5), data[0]!, 30, createRng(2), 0.01);
    // At T → 0 the draw is the arg max, so the sequence is the greedy one whatever the seed.
    expect(sample(m, new Float64Array(5), data[0]!, 30, createRng(99), 0.01)).toEqual(cold);
  });

  it('trains: the loss of a window falls, and the state carries into the next window', () => {
    const trainer = createTrainer(initCharRnn(vocabulary.chars.length, 16, 2));
    const T = 10;
    let first = 0;
    let last = 0;
    for (let step = 0; step < 300; step++) {
      const at = (step * T) % (data.length - T - 1);
      const before = trainer.s;
      const pass = forward(
        trainer.model,
        data.slice(at, at + T),
        data.slice(at + 1, at + T + 1),
        before,
      );
      const loss = trainStep(trainer, data.slice(at, at + T), data.slice(at + 1, at + T + 1), 0.01);
      expect(loss).toBeCloseTo(pass.loss, 12);
      expect(trainer.s).toEqual(pass.last);
      if (step === 0) first = loss;
      last = loss;
    }
    expect(first).toBeCloseTo(T * Math.log(vocabulary.chars.length), 2);
    expect(last).toBeLessThan(first / 3);
  });
});
