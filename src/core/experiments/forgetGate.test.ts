import { describe, expect, it } from 'vitest';
import { forward } from '../model/run';
import { createTrainer } from '../train/trainer';
import { createRng } from '../rng';
import {
  continualEmbeddedReberLegalNext,
  continualEmbeddedReberTask,
  REBER_SYMBOLS,
  reberSample,
} from '../tasks';
import { continualReberStream, scoreContinualStream } from './continualReber';
import {
  forgetGateExperiment,
  forgetGateNetwork,
  summariseForget,
  tailMean,
  thin,
  thinStride,
  trainForgetRun,
  type ForgetGateSettings,
} from './forgetGate';

const small: ForgetGateSettings = {
  hidden: 4,
  runs: 1,
  budget: 60,
  stretch: 30,
  lr: 0.01,
  testStrings: 20,
  seed: 3,
};

describe("the 1997 cell of the figure (the engine's nfg variant)", () => {
  it('has f_t = 1, so c_t = c_{t−1} + i_t ∘ g_t after training, and no forget-gate weights', () => {
    const { model, params } = forgetGateNetwork(4, 'noForget', 11);
    expect(model.spec.cell).toMatchObject({ kind: 'lstm', variant: 'nfg', peepholes: false });
    // Three gate rows (i, g, o) per unit: the forget gate has no weights at all.
    expect(model.layout.blocks.find((b) => b.name === 'l0.fwd.b')!.rows).toBe(12);
    const task = continualEmbeddedReberTask(40);
    const trainer = createTrainer(model, { optimiser: { kind: 'adam', lr: 0.05 } });
    const rng = createRng(2);
    for (let n = 0; n < 20; n++) trainer.bpttStep(params, [task.sample(rng)]);
    const caches = forward(model, params, task.sample(rng).inputs).layers[0]!.forward;
    let prev: Float64Array = new Float64Array(4);
    for (const cache of caches) {
      const { i, f, g, c } = cache.gates!;
      for (let j = 0; j < 4; j++) {
        expect(f![j]).toBe(1);
        expect(c![j]).toBeCloseTo(prev[j]! + i![j]! * g![j]!, 12);
      }
      prev = c!;
    }
  });
});

describe('scoring the continual stream', () => {
  it('counts legal predictions as the stream grammar says, and the drift is the mean |c|', () => {
    const { model, params } = forgetGateNetwork(4, 'forget', 5);
    const strings = continualReberStream(8, 21);
    const score = scoreContinualStream(model, params, strings);
    const symbols = strings.flat();
    expect(score.steps).toBe(symbols.length - 1);
    // The same count from the stream's own legal-next function, prefix by prefix.
    const logits = forward(model, params, reberSample(symbols).inputs).logits;
    let legal = 0;
    logits.forEach((z, t) => {
      const best = z.indexOf(Math.max(...z));
      if (continualEmbeddedReberLegalNext(symbols.slice(0, t + 1)).has(REBER_SYMBOLS[best]!))
        legal++;
    });
    expect(score.legal).toBe(legal);
    expect(score.solved).toBe(legal === score.steps);
    expect(score.outerTotal).toBe(8);
    const caches = forward(model, params, reberSample(symbols).inputs).layers[0]!.forward;
    const t = 17;
    const c = Array.from(caches[t]!.state.subarray(4, 8));
    expect(score.drift[t]).toBeCloseTo(c.reduce((a, v) => a + Math.abs(v), 0) / 4, 14);
  });

  it('without a forget gate the cell state grows along the stream; with one it stays bounded', () => {
    const stream = continualReberStream(150, 4);
    const driftOf = (cell: 'forget' | 'noForget') => {
      const { model, params } = forgetGateNetwork(6, cell, 1);
      return scoreContinualStream(model, params, stream).drift;
    };
    const open = driftOf('noForget');
    const gated = driftOf('forget');
    const head = (d: Float64Array) => d.subarray(0, Math.floor(d.length / 10));
    const mean = (d: Float64Array) => d.reduce((a, v) => a + v, 0) / d.length;
    expect(tailMean(open)).toBeGreaterThan(5 * mean(head(open)));
    expect(tailMean(open)).toBeGreaterThan(10 * tailMean(gated));
    expect(Math.max(...gated)).toBeLessThan(5);
  });
});

describe('the forget-gate experiment', () => {
  it('runs both cells of each run and summarises them; a run is reproducible', () => {
    const gen = forgetGateExperiment({ ...small, runs: 2 });
    const snapshots: number[] = [];
    let step = gen.next();
    while (!step.done) {
      snapshots.push(step.value({ now: 0, final: false }).results.length);
      step = gen.next();
    }
    expect(snapshots).toEqual([1, 2, 3, 4]);
    const results = step.value;
    expect(results.map((r) => `${r.cell}${r.run}`)).toEqual([
      'noForget0',
      'forget0',
      'noForget1',
      'forget1',
    ]);
    expect(trainForgetRun({ ...small, runs: 2 }, 'forget', 1)).toEqual(results[3]);
    const summary = summariseForget(results, 'forget');
    expect(summary.runs).toBe(2);
    expect(summary.meanDriftEnd).toBeCloseTo((results[1]!.driftEnd + results[3]!.driftEnd) / 2, 12);
    for (const r of results) expect(r.drift.length).toBeLessThanOrEqual(200);
  });

  it('thins a series to every k-th step, at most 200 values', () => {
    const xs = Array.from({ length: 1000 }, (_, k) => k);
    expect(thinStride(1000)).toBe(5);
    const t = thin(xs);
    expect(t).toHaveLength(200);
    expect([t[0], t[1], t[199]]).toEqual([0, 5, 995]);
    expect(thin([1, 2, 3])).toEqual([1, 2, 3]);
    expect(thin(Array.from({ length: 1219 }, (_, k) => k))).toHaveLength(175);
  });
});
