import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adamStep,
  backward,
  buildVocabulary,
  clipGradients,
  encode,
  forward,
  initCharRnn,
  paramArrays,
  zeroGrads,
  type CharRnn,
} from '../../core/handmade';
import { relativeError } from '../../core/testing';
import { selectBackend } from '../backend';
import { disposeTf, toTf, trainStepOnTf, windowLoss, type TfCharRnn } from './charRnnOnTf';

const text = 'hello, world. hold the hollow yellow line.';
const vocabulary = buildVocabulary(text);
const data = encode(vocabulary, text);
const inputs = data.slice(0, 12);
const targets = data.slice(1, 13);
const H = 6;

/** Weights rounded to float32 first, so that both codes start from the very same numbers. */
function model(seed: number): CharRnn {
  const m = initCharRnn(vocabulary.chars.length, H, seed, 0.5);
  for (const [, a] of paramArrays(m)) a.set(Float32Array.from(a));
  return m;
}

const tfArrays = (w: TfCharRnn) => [w.U, w.W, w.b, w.V, w.c].map((v) => v.dataSync());

beforeAll(async () => {
  await selectBackend('cpu');
});

describe('the hand-written SRN on TensorFlow.js (CPU backend, float32)', () => {
  it('computes the same loss and, by tf.variableGrads, the same gradients (~1e-5 relative)', () => {
    const m = model(2);
    const s0 = new Float64Array(H).fill(0.1);
    const pass = forward(m, inputs, targets, s0);
    const g = backward(m, pass, targets);
    const w = toTf(m);
    const { value, grads } = tf.variableGrads(() =>
      tf.tidy(
        () => windowLoss(w, inputs, targets, tf.tensor2d(Float32Array.from(s0), [1, H])).loss,
      ),
    );
    expect(Math.abs(value.dataSync()[0]! - pass.loss) / pass.loss).toBeLessThan(1e-6);
    const theirs = [w.U, w.W, w.b, w.V, w.c].map((v) => grads[v.name]!.dataSync());
    for (const [n, [name, mine]] of paramArrays(g).entries())
      expect(relativeError(mine, theirs[n]!), name).toBeLessThan(1e-5);
    tf.dispose([value, ...Object.values(grads)]);
    disposeTf(w);
  });

  it('trains like the hand-written code: clipping, Adam and the carried state agree to ~1e-5', () => {
    const m = model(3);
    const w = toTf(m);
    const adam = tf.train.adam(0.01);
    const state = { m: zeroGrads(m), v: zeroGrads(m), t: 0 };
    let s: Float64Array = new Float64Array(H);
    let sTf = tf.zeros([1, H]) as tf.Tensor2D;
    for (let k = 0; k < 3; k++) {
      const at = 12 * k;
      const x = data.slice(at, at + 12);
      const y = data.slice(at + 1, at + 13);
      const pass = forward(m, x, y, s);
      const g = backward(m, pass, y);
      clipGradients(g, 1);
      adamStep(m, g, state, 0.01);
      s = pass.last;
      const step = trainStepOnTf(w, adam, x, y, sTf, 1);
      sTf.dispose();
      sTf = step.s;
      expect(Math.abs(step.loss - pass.loss) / pass.loss).toBeLessThan(1e-5);
    }
    // Adam divides each step by √v, so float32's rounding of small gradient entries moves the
    // weights by a little more than it moves the gradients: 3e-5 after three steps.
    const mine = paramArrays(m).map(([, a]) => a);
    tfArrays(w).forEach((theirs, n) => expect(relativeError(mine[n]!, theirs)).toBeLessThan(3e-5));
    expect(relativeError(s, sTf.dataSync())).toBeLessThan(3e-5);
    sTf.dispose();
    adam.dispose();
    disposeTf(w);
  });

  it('leaks no tensor: training steps in tf.tidy, then disposing variables, state and optimiser', () => {
    const before = tf.memory().numTensors;
    const w = toTf(model(4));
    const adam = tf.train.adam(0.01);
    let s = tf.zeros([1, H]) as tf.Tensor2D;
    for (let k = 0; k < 20; k++) {
      const step = trainStepOnTf(w, adam, inputs, targets, s);
      s.dispose();
      s = step.s;
    }
    s.dispose();
    adam.dispose();
    disposeTf(w);
    expect(tf.memory().numTensors).toBe(before);
  });
});
