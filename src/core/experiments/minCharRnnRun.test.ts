import { describe, expect, it } from 'vitest';
import {
  backward,
  buildVocabulary,
  clipEntries,
  encode,
  forward,
  initCharRnn,
  minCharRnnStep,
  zeroGrads,
} from '../handmade';
import { minCharRnnRun, type MinCharRnnProgress, type MinCharRnnSettings } from './minCharRnnRun';

const TEXT = 'the cat sat on the mat. the dog sat on the log. a cat and a dog sat on a mat.';

const settings = (over: Partial<MinCharRnnSettings> = {}): MinCharRnnSettings => ({
  text: TEXT,
  hiddenSize: 8,
  seqLength: 10,
  learningRate: 0.1,
  clip: 5,
  seed: 3,
  sampleEvery: 4,
  sampleLength: 12,
  steps: 20,
  pointEvery: 1,
  ...over,
});

/** Runs the job to its end, collecting every snapshot's points and samples. */
function runAll(s: MinCharRnnSettings) {
  const run = minCharRnnRun(s);
  const snapshots: MinCharRnnProgress[] = [];
  for (;;) {
    const next = run.next();
    if (next.done) return { snapshots, result: next.value };
    snapshots.push(next.value({ now: 0, final: false }));
  }
}

describe('min-char-rnn beside the engine', () => {
  it('starts both from the same weights, at T ln V, with equal first-window losses', () => {
    const { snapshots } = runAll(settings({ steps: 1 }));
    const first = snapshots[0]!;
    const V = buildVocabulary(TEXT).chars.length;
    expect(first.vocabSize).toBe(V);
    expect(first.startLoss).toBe(-Math.log(1 / V) * 10);
    expect(first.initialWeightGap).toBe(0);
    const { hand, engine } = first.firstLoss;
    expect(Math.abs(hand - engine) / hand).toBeLessThan(1e-14);
    expect(Math.abs(hand - first.startLoss) / first.startLoss).toBeLessThan(1e-3);
  });

  it('is min-char-rnn: its hand-written curve equals the gist’s loop replayed here', () => {
    const s = settings();
    const { snapshots } = runAll(s);
    const points = snapshots.flatMap((p) => p.points);
    // The gist's loop, written out again: sweep the text, wrap with a zero state, smooth 0.999.
    const vocabulary = buildVocabulary(TEXT);
    const data = encode(vocabulary, TEXT);
    const model = initCharRnn(vocabulary.chars.length, s.hiddenSize, s.seed);
    const memory = zeroGrads(model);
    let smooth = -Math.log(1 / vocabulary.chars.length) * s.seqLength;
    let hprev = new Float64Array(s.hiddenSize);
    let p = 0;
    const expected = [smooth];
    let wraps = 0;
    for (let n = 0; n < s.steps; n++) {
      if (p + s.seqLength + 1 >= data.length || n === 0) {
        hprev = new Float64Array(s.hiddenSize);
        p = 0;
        wraps++;
      }
      const inputs = data.slice(p, p + s.seqLength);
      const targets = data.slice(p + 1, p + s.seqLength + 1);
      const step = minCharRnnStep(model, memory, inputs, targets, hprev);
      hprev = new Float64Array(step.last);
      smooth = smooth * 0.999 + step.loss * 0.001;
      expected.push(smooth);
      p += s.seqLength;
    }
    expect(wraps).toBeGreaterThan(2);
    expect(points.map((q) => q[1])).toEqual(expected);
  });

  it('keeps the engine’s curve on the hand-written one to rounding over the first iterations', () => {
    const points = runAll(settings({ steps: 6 })).snapshots.flatMap((p) => p.points);
    for (const [, hand, engine] of points)
      expect(Math.abs(hand - engine) / hand).toBeLessThan(1e-12);
  });

  it('samples every sampleEvery iterations, from the text’s characters', () => {
    const samples = runAll(settings()).snapshots.flatMap((p) => p.samples);
    expect(samples.map((x) => x.step)).toEqual([0, 4, 8, 12, 16]);
    const symbols = new Set(TEXT);
    for (const x of samples) {
      expect(Array.from(x.text)).toHaveLength(12);
      for (const ch of x.text) expect(symbols.has(ch)).toBe(true);
    }
  });

  it('clips every gradient entry to ±limit, as np.clip(dparam, -5, 5)', () => {
    const model = initCharRnn(5, 4, 1, 3);
    const data = [0, 1, 2, 3, 4, 0, 1];
    const g = backward(
      model,
      forward(model, data.slice(0, 6), data.slice(1), new Float64Array(4)),
      data.slice(1),
    );
    const before = Array.from(g.V.data);
    clipEntries(g, 0.2);
    expect(before.some((x) => Math.abs(x) > 0.2)).toBe(true);
    g.V.data.forEach((x, k) => expect(x).toBe(Math.min(0.2, Math.max(-0.2, before[k]!))));
  });

  it('says why when the text cannot be trained on', () => {
    expect(() => runAll(settings({ text: 'aaaa' }))).toThrow(/cannot be trained on/);
  });
});
