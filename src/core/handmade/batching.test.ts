import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import {
  bitsPerChar,
  maskedLoss,
  padAndMask,
  randomPartition,
  sequentialPartition,
  statefulWindows,
} from './batching';
import { buildVocabulary, encode, forward, initCharRnn } from './minCharRnn';

const text = 'the cat sat on the mat. the rat ran at the cat. a hat, a bat, a vat.';
const vocabulary = buildVocabulary(text);
const data = encode(vocabulary, text);
const V = vocabulary.chars.length;
const busy = initCharRnn(V, 6, 4, 0.5);

describe('batching the hand-written SRN', () => {
  it('pads sequences to the longest and masks the padding', () => {
    const batch = padAndMask(
      [
        [1, 2, 3, 4],
        [5, 6],
      ],
      0,
    );
    expect(batch.inputs).toEqual([
      [1, 2, 3],
      [5, 0, 0],
    ]);
    expect(batch.targets).toEqual([
      [2, 3, 4],
      [6, 0, 0],
    ]);
    expect(batch.mask).toEqual([
      [1, 1, 1],
      [1, 0, 0],
    ]);
  });

  it('gives the masked batch the mean loss of the unpadded sequences', () => {
    const sequences = [data.slice(0, 12), data.slice(20, 25), data.slice(30, 39)];
    let nats = 0;
    let count = 0;
    for (const s of sequences) {
      nats += forward(busy, s.slice(0, -1), s.slice(1), new Float64Array(6)).loss;
      count += s.length - 1;
    }
    const masked = maskedLoss(busy, padAndMask(sequences, 0));
    expect(Math.abs(masked - nats / count) / masked).toBeLessThan(1e-14);
    // Without the mask the padding would count: the plain mean over the padded batch differs.
    const batch = padAndMask(sequences, 0);
    const unmasked = maskedLoss(busy, { ...batch, mask: batch.mask.map((r) => r.map(() => 1)) });
    expect(Math.abs(unmasked - masked)).toBeGreaterThan(1e-3);
  });

  it('carries the state across windows: their summed loss is the loss of the whole text', () => {
    const windows = statefulWindows(data, 10);
    expect(windows.map((w) => w.inputs.length).reduce((a, n) => a + n, 0)).toBe(data.length - 1);
    let s: Float64Array = new Float64Array(6);
    let total = 0;
    for (const w of windows) {
      const pass = forward(busy, w.inputs, w.targets, s);
      total += pass.loss;
      s = pass.last;
    }
    const whole = forward(busy, data.slice(0, -1), data.slice(1), new Float64Array(6)).loss;
    expect(Math.abs(total - whole) / whole).toBeLessThan(1e-13);
  });

  it('partitions sequentially into contiguous lanes, or randomly (seeded) into every window once', () => {
    const steps = sequentialPartition(data, 3, 5);
    for (let k = 1; k < steps.length; k++)
      for (let b = 0; b < 3; b++) expect(steps[k]![b]!.start).toBe(steps[k - 1]![b]!.start + 5);
    for (const step of steps)
      for (const w of step) {
        expect(w.inputs).toEqual(data.slice(w.start, w.start + 5));
        expect(w.targets).toEqual(data.slice(w.start + 1, w.start + 6));
      }
    const shuffled = randomPartition(data, 5, createRng(3));
    expect(randomPartition(data, 5, createRng(3))).toEqual(shuffled);
    const starts = shuffled.map((w) => w.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts.map((_, k) => 5 * k));
    expect(starts).not.toEqual([...starts].sort((a, b) => a - b));
  });

  it('scores held-out text in bits per character, with perplexity 2^bits; a fresh model is at log₂ V', () => {
    const fresh = initCharRnn(V, 6, 1);
    const { bits, perplexity } = bitsPerChar(fresh, data, 16);
    expect(Math.abs(bits - Math.log2(V)) / Math.log2(V)).toBeLessThan(1e-3);
    expect(Math.abs(perplexity - V) / V).toBeLessThan(1e-3);
    const trained = bitsPerChar(busy, data, 16);
    const nats = forward(busy, data.slice(0, -1), data.slice(1), new Float64Array(6)).loss;
    expect(trained.bits).toBeCloseTo(nats / (data.length - 1) / Math.LN2, 12);
    expect(trained.perplexity).toBeCloseTo(2 ** trained.bits, 12);
  });
});
