/**
 * A character-level simple recurrent network written by hand, in the spirit of Karpathy's
 * min-char-rnn (2015): one tanh layer of H units, a softmax over the V characters, the
 * cross-entropy in nats summed over a window, and the state carried from window to window.
 * Chapter 5 shows this file region by region (`#region` lines), and its tests run it, so the
 * code in the text is code that works. Float64 throughout; every random draw comes from a
 * seeded generator.
 */
import { createRng, gaussian, type Rng } from '../rng';

// #region matrices
/** A matrix as one flat row-major array: entry (i, j) is data[i * cols + j]. */
export interface Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function zeroMat(rows: number, cols: number): Mat {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** M x */
export function matVec(m: Mat, x: Float64Array): Float64Array {
  const y = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let sum = 0;
    for (let j = 0; j < m.cols; j++) sum += m.data[i * m.cols + j]! * x[j]!;
    y[i] = sum;
  }
  return y;
}

/** Mᵀ y, without building Mᵀ. */
export function matTVec(m: Mat, y: Float64Array): Float64Array {
  const x = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) x[j]! += m.data[i * m.cols + j]! * y[i]!;
  }
  return x;
}

/** a + b, element by element. */
export function add(a: Float64Array, b: Float64Array): Float64Array {
  return a.map((v, i) => v + b[i]!);
}

/** acc += a, in place (a gradient accumulator). */
export function addInto(acc: Float64Array, a: Float64Array): void {
  for (let i = 0; i < acc.length; i++) acc[i]! += a[i]!;
}

/** M += u vᵀ, in place: the outer product that every weight gradient is made of. */
export function addOuter(m: Mat, u: Float64Array, v: Float64Array): void {
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) m.data[i * m.cols + j]! += u[i]! * v[j]!;
  }
}
// #endregion

// #region vocabulary
/** The characters of a text, sorted, and the index of each: the model sees only indices. */
export interface Vocabulary {
  readonly chars: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

export function buildVocabulary(text: string): Vocabulary {
  // Array.from splits by code point, so a character outside the BMP (an emoji) stays whole.
  const chars = [...new Set(Array.from(text))].sort();
  return { chars, index: new Map(chars.map((ch, i) => [ch, i])) };
}

export function encode(vocabulary: Vocabulary, text: string): number[] {
  return Array.from(text, (ch) => {
    const i = vocabulary.index.get(ch);
    if (i === undefined) throw new Error(`"${ch}" is not in the vocabulary`);
    return i;
  });
}

export function decode(vocabulary: Vocabulary, indices: readonly number[]): string {
  return indices.map((i) => vocabulary.chars[i]).join('');
}
// #endregion

// #region one-hot
/** Character i of V as a vector: all zeros but a one at i. */
export function oneHot(i: number, size: number): Float64Array {
  const x = new Float64Array(size);
  x[i] = 1;
  return x;
}
// #endregion

// #region init
/** U (H × V) reads the input, W (H × H) the previous state, V (V × H) makes the scores. */
export interface CharRnn {
  readonly vocabSize: number;
  readonly hiddenSize: number;
  readonly U: Mat;
  readonly W: Mat;
  readonly b: Float64Array;
  readonly V: Mat;
  readonly c: Float64Array;
}

/** Small Gaussian weights (σ = 0.01, as min-char-rnn) and zero biases. */
export function initCharRnn(vocabSize: number, hiddenSize: number, seed: number, scale = 0.01) {
  const rng = createRng(seed);
  const random = (rows: number, cols: number): Mat => {
    const m = zeroMat(rows, cols);
    for (let k = 0; k < m.data.length; k++) m.data[k] = scale * gaussian(rng);
    return m;
  };
  const model: CharRnn = {
    vocabSize,
    hiddenSize,
    U: random(hiddenSize, vocabSize),
    W: random(hiddenSize, hiddenSize),
    b: new Float64Array(hiddenSize),
    V: random(vocabSize, hiddenSize),
    c: new Float64Array(vocabSize),
  };
  return model;
}
// #endregion

// #region forward
/** Probabilities from scores: exp and normalise, after subtracting the largest score. */
export function softmax(q: Float64Array): Float64Array {
  const top = Math.max(...q);
  const e = q.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / sum);
}

/** Everything one time step computed; the backward pass reads it back. */
export interface Step {
  readonly x: Float64Array;
  readonly sPrev: Float64Array;
  readonly z: Float64Array;
  readonly s: Float64Array;
  readonly q: Float64Array;
  readonly o: Float64Array;
  readonly loss: number;
}

/** s_t = tanh(U x_t + W s_{t−1} + b), o_t = softmax(V s_t + c), and the step's loss. */
export function forwardStep(m: CharRnn, input: number, target: number, sPrev: Float64Array): Step {
  const x = oneHot(input, m.vocabSize);
  const z = add(add(matVec(m.U, x), matVec(m.W, sPrev)), m.b);
  const s = z.map(Math.tanh);
  const q = add(matVec(m.V, s), m.c);
  const o = softmax(q);
  const loss = crossEntropy(o, target);
  return { x, sPrev, z, s, q, o, loss };
}

export interface Pass {
  readonly steps: readonly Step[];
  /** Σ_t of the steps' losses, in nats. */
  readonly loss: number;
  /** s_{T−1}: where the next window starts. */
  readonly last: Float64Array;
}

/** Runs the window from state s0, keeping every step for the backward pass. */
export function forward(
  m: CharRnn,
  inputs: readonly number[],
  targets: readonly number[],
  s0: Float64Array,
): Pass {
  const steps: Step[] = [];
  let s = s0;
  let loss = 0;
  for (let t = 0; t < inputs.length; t++) {
    const step = forwardStep(m, inputs[t]!, targets[t]!, s);
    steps.push(step);
    loss += step.loss;
    s = step.s;
  }
  return { steps, loss, last: s };
}
// #endregion

// #region loss
/** Cross-entropy of one step in nats: −ln of the probability the model gave the right character. */
export function crossEntropy(o: Float64Array, target: number): number {
  return -Math.log(o[target]!);
}
// #endregion

// #region backward
/** ∂E/∂θ, one array per weight, shaped like the weight. */
export interface Grads {
  readonly U: Mat;
  readonly W: Mat;
  readonly b: Float64Array;
  readonly V: Mat;
  readonly c: Float64Array;
}

export function zeroGrads(m: CharRnn): Grads {
  const H = m.hiddenSize;
  const K = m.vocabSize;
  return {
    U: zeroMat(H, K),
    W: zeroMat(H, H),
    b: new Float64Array(H),
    V: zeroMat(K, H),
    c: new Float64Array(K),
  };
}

/** The errors one backward step computed. */
export interface BackStep {
  readonly dq: Float64Array;
  readonly ds: Float64Array;
  readonly dz: Float64Array;
  readonly dsPrev: Float64Array;
}

/**
 * One step back: adds step t's terms to the gradients in g and returns ∂E/∂s_{t−1}, the error
 * that step t−1 receives through W (dsNext is the one step t received from t+1).
 */
export function backwardStep(
  m: CharRnn,
  step: Step,
  target: number,
  dsNext: Float64Array,
  g: Grads,
): BackStep {
  const dq = step.o.map((p, k) => (k === target ? p - 1 : p));
  addOuter(g.V, dq, step.s);
  addInto(g.c, dq);
  const ds = add(matTVec(m.V, dq), dsNext);
  const dz = ds.map((d, i) => d * (1 - step.s[i]! * step.s[i]!));
  addInto(g.b, dz);
  addOuter(g.U, dz, step.x);
  addOuter(g.W, dz, step.sPrev);
  const dsPrev = matTVec(m.W, dz);
  return { dq, ds, dz, dsPrev };
}

/** Backpropagation through time: the steps from last to first. */
export function backward(m: CharRnn, pass: Pass, targets: readonly number[]): Grads {
  const g = zeroGrads(m);
  let dsNext: Float64Array = new Float64Array(m.hiddenSize);
  for (let t = pass.steps.length - 1; t >= 0; t--) {
    dsNext = backwardStep(m, pass.steps[t]!, targets[t]!, dsNext, g).dsPrev;
  }
  return g;
}
// #endregion

/** The weights and the gradients as named flat arrays, in one order: U, W, b, V, c. */
export function paramArrays(m: CharRnn | Grads): [string, Float64Array][] {
  return [
    ['U', m.U.data],
    ['W', m.W.data],
    ['b', m.b],
    ['V', m.V.data],
    ['c', m.c],
  ];
}

// #region clip
/** If ‖g‖ (over every weight) exceeds maxNorm, scale g down to that norm. Returns ‖g‖ before. */
export function clipGradients(g: Grads, maxNorm: number): number {
  const arrays = paramArrays(g).map(([, a]) => a);
  let squares = 0;
  for (const a of arrays) for (const v of a) squares += v * v;
  const norm = Math.sqrt(squares);
  if (norm > maxNorm) {
    for (const a of arrays) for (let k = 0; k < a.length; k++) a[k]! *= maxNorm / norm;
  }
  return norm;
}
// #endregion

// #region adagrad
/** Adagrad as min-char-rnn uses it: each weight's step shrinks with its summed squared gradients. */
export function adagradStep(m: CharRnn, g: Grads, memory: Grads, learningRate: number): void {
  const params = paramArrays(m);
  const grads = paramArrays(g);
  const mem = paramArrays(memory);
  params.forEach(([, theta], n) => {
    const dTheta = grads[n]![1];
    const sum = mem[n]![1];
    for (let k = 0; k < theta.length; k++) {
      sum[k]! += dTheta[k]! * dTheta[k]!;
      theta[k]! -= (learningRate * dTheta[k]!) / Math.sqrt(sum[k]! + 1e-8);
    }
  });
}
// #endregion

// #region adam
/** Adam (Kingma & Ba 2015): running means of g and g², corrected for starting at zero. */
export interface AdamState {
  readonly m: Grads;
  readonly v: Grads;
  t: number;
}

export function adamStep(
  model: CharRnn,
  g: Grads,
  state: AdamState,
  learningRate: number,
  beta1 = 0.9,
  beta2 = 0.999,
  eps = 1e-8,
): void {
  state.t += 1;
  const params = paramArrays(model);
  const grads = paramArrays(g);
  const ms = paramArrays(state.m);
  const vs = paramArrays(state.v);
  params.forEach(([, theta], n) => {
    const dTheta = grads[n]![1];
    const m = ms[n]![1];
    const v = vs[n]![1];
    for (let k = 0; k < theta.length; k++) {
      m[k] = beta1 * m[k]! + (1 - beta1) * dTheta[k]!;
      v[k] = beta2 * v[k]! + (1 - beta2) * dTheta[k]! * dTheta[k]!;
      const mHat = m[k]! / (1 - beta1 ** state.t);
      const vHat = v[k]! / (1 - beta2 ** state.t);
      theta[k]! -= (learningRate * mHat) / (Math.sqrt(vHat) + eps);
    }
  });
}
// #endregion

// #region sample
/**
 * Generates n characters: from state s, feed `first`, draw the next character from o_t
 * (sharpened or flattened by the temperature), feed it back in, repeat.
 */
export function sample(
  m: CharRnn,
  s: Float64Array,
  first: number,
  n: number,
  rng: Rng,
  temperature = 1,
): number[] {
  const out: number[] = [];
  let input = first;
  for (let t = 0; t < n; t++) {
    const x = oneHot(input, m.vocabSize);
    s = add(add(matVec(m.U, x), matVec(m.W, s)), m.b).map(Math.tanh);
    const o = softmax(add(matVec(m.V, s), m.c).map((v) => v / temperature));
    // Inverse CDF: walk the probabilities until their sum passes a uniform draw.
    const u = rng.next();
    let k = 0;
    for (let sum = o[0]!; sum < u && k < o.length - 1; sum += o[k]!) k++;
    out.push(k);
    input = k;
  }
  return out;
}
// #endregion

// #region train-step
export interface Trainer {
  readonly model: CharRnn;
  readonly adam: AdamState;
  /** The state carried from one window to the next (truncated BPTT). */
  s: Float64Array;
}

export function createTrainer(model: CharRnn): Trainer {
  const adam = { m: zeroGrads(model), v: zeroGrads(model), t: 0 };
  return { model, adam, s: new Float64Array(model.hiddenSize) };
}

/** One window: forward, BPTT, clip, Adam. The state goes on into the next window. */
export function trainStep(
  trainer: Trainer,
  inputs: readonly number[],
  targets: readonly number[],
  learningRate: number,
  maxNorm = 5,
): number {
  const pass = forward(trainer.model, inputs, targets, trainer.s);
  const g = backward(trainer.model, pass, targets);
  clipGradients(g, maxNorm);
  adamStep(trainer.model, g, trainer.adam, learningRate);
  trainer.s = pass.last;
  return pass.loss;
}
// #endregion
