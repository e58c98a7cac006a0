import { softmax } from '../activations';
import type { Model } from '../model/model';
import { forward, type StartPoint } from '../model/run';
import { oneHot } from '../vocabulary';
import type { Rng } from '../rng';

/**
 * Running a trained character model one symbol at a time: the hidden state after each symbol,
 * the next-symbol distribution, and sampling at a temperature. Everything here is cheap enough
 * for the main thread at the sizes the widget allows (a few hundred symbols).
 */

/** softmax(z / T). T = 0 is the limit T → 0⁺: all probability on the largest logit (first on ties). */
export function softmaxWithTemperature(
  logits: ArrayLike<number>,
  temperature: number,
): Float64Array {
  if (!(temperature >= 0)) throw new Error(`the temperature must be ≥ 0, got ${temperature}`);
  if (temperature === 0) {
    const out = new Float64Array(logits.length);
    out[argmax(logits)] = 1;
    return out;
  }
  const z = new Float64Array(logits.length);
  for (let i = 0; i < z.length; i++) z[i] = logits[i]! / temperature;
  return softmax(z);
}

export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** Draws index i with probability probs[i] (inverse CDF with one uniform draw). */
export function sampleIndex(probs: ArrayLike<number>, rng: Rng): number {
  const u = rng.next();
  let cumulative = 0;
  let last = 0;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i]! <= 0) continue;
    cumulative += probs[i]!;
    last = i;
    if (u < cumulative) return i;
  }
  return last; // rounding left the sum a hair below 1
}

/** The k most probable indices, most probable first (ties by index). */
export function topK(probs: ArrayLike<number>, k: number): { index: number; p: number }[] {
  return Array.from(probs, (p, index) => ({ index, p }))
    .sort((a, b) => b.p - a.p || a.index - b.index)
    .slice(0, k);
}

/** Nats to bits: a loss of L nats per symbol is L / ln 2 bits per symbol. */
export function natsToBits(nats: number): number {
  return nats / Math.LN2;
}

/** What the model holds after reading one symbol. */
export interface ReadStep {
  /** Each layer's output h_t after the symbol (for an LSTM h_t, not the cell state c_t). */
  readonly hidden: readonly Float64Array[];
  /** Next-symbol probabilities softmax(z_t). */
  readonly probs: Float64Array;
  readonly logits: Float64Array;
}

/**
 * Reads `indices` one at a time from `start` (zero states when omitted), returning every step
 * and the point to continue from. Each step is one forward pass of the core engine, so the
 * numbers equal those of `forward` over the whole sequence (tested).
 */
export function readSymbols(
  model: Model,
  params: Float64Array,
  indices: ArrayLike<number>,
  start?: StartPoint,
): { steps: ReadStep[]; end: StartPoint | undefined } {
  if (model.spec.bidirectional) throw new Error('a bidirectional model cannot generate text');
  const V = model.spec.inputSize;
  let point = start;
  const steps: ReadStep[] = [];
  for (let t = 0; t < indices.length; t++) {
    const trace = forward(model, params, [oneHot(indices[t]!, V)], point);
    const logits = trace.logits[0]!;
    steps.push({
      hidden: trace.layers.map((l) => l.outputs[0]!),
      probs: softmax(logits),
      logits,
    });
    point = {
      states: trace.layers.map((l) => l.forward[0]!.state),
      time: (point?.time ?? 0) + 1,
    };
  }
  return { steps, end: point };
}

/**
 * Reads the seed, then samples `length` symbols at `temperature`, each fed back as the next
 * input (the generation loop of Sutskever, Martens & Hinton 2011 and Graves 2013). Returns the
 * sampled indices only (not the seed). The seed must have at least one symbol.
 */
export function sampleSymbols(
  model: Model,
  params: Float64Array,
  seed: ArrayLike<number>,
  length: number,
  temperature: number,
  rng: Rng,
): number[] {
  if (seed.length === 0) throw new Error('sampling needs a seed of at least one symbol');
  const read = readSymbols(model, params, seed);
  let point = read.end;
  let logits = read.steps[read.steps.length - 1]!.logits;
  const out: number[] = [];
  for (let n = 0; n < length; n++) {
    const next = sampleIndex(softmaxWithTemperature(logits, temperature), rng);
    out.push(next);
    if (n === length - 1) break;
    const step = readSymbols(model, params, [next], point);
    point = step.end;
    logits = step.steps[0]!.logits;
  }
  return out;
}

/**
 * Maps text to indices of `symbols`, sending unknown symbols to `other` when the vocabulary has
 * one and dropping them otherwise; `unknown` counts them.
 */
export function encodeLoosely(
  text: string,
  symbols: readonly string[],
  other: string,
): { indices: number[]; unknown: number } {
  const index = new Map(symbols.map((s, i) => [s, i] as const));
  const otherIndex = index.get(other);
  const indices: number[] = [];
  let unknown = 0;
  for (const s of Array.from(text)) {
    const i = index.get(s);
    if (i !== undefined) indices.push(i);
    else {
      unknown++;
      if (otherIndex !== undefined) indices.push(otherIndex);
    }
  }
  return { indices, unknown };
}

/** Mean next-symbol cross-entropy (nats) of the model over a whole text, read in one pass. */
export function textLoss(model: Model, params: Float64Array, indices: ArrayLike<number>): number {
  const V = model.spec.inputSize;
  const inputs = Array.from({ length: indices.length - 1 }, (_, t) => oneHot(indices[t]!, V));
  const trace = forward(model, params, inputs);
  let total = 0;
  trace.logits.forEach((z, t) => {
    const p = softmax(z);
    total -= Math.log(p[indices[t + 1]!]!);
  });
  return total / inputs.length;
}
