import { describe, expect, it } from 'vitest';
import { sigmoid } from '../cells/kernels';
import { forward } from '../model/run';
import { spikeTimesOf } from '../tasks';
import {
  peepholeExperiment,
  peepholeNetwork,
  scoreTiming,
  spikeOutputs,
  summarisePeepholes,
  timingLength,
  timingTests,
  trainPeepholeRun,
  type PeepholeSettings,
} from './peepholes';

const small: PeepholeSettings = {
  hidden: 3,
  minGap: 3,
  maxGap: 5,
  runs: 2,
  budget: 40,
  lr: 0.01,
  seed: 2,
};

describe('peepholes on spike timing', () => {
  it('only the peephole cell has the three peephole vectors', () => {
    const names = (cell: 'plain' | 'peepholes') =>
      peepholeNetwork(3, cell, 1).model.layout.blocks.map((b) => b.name.replace('l0.fwd.', ''));
    expect(names('plain')).toEqual(['Wx', 'Wh', 'b', 'head.V', 'head.c']);
    expect(names('peepholes')).toEqual(['Wx', 'Wh', 'b', 'p_i', 'p_f', 'p_o', 'head.V', 'head.c']);
  });

  it('scores the timing error from the output peak after the second spike, recomputed by hand', () => {
    const { model, params } = peepholeNetwork(3, 'peepholes', 4);
    const tests = timingTests(small);
    expect(tests[0]!.inputs).toHaveLength(timingLength(small));
    const score = scoreTiming(model, params, tests);
    let errors = 0;
    let exact = 0;
    for (const s of tests) {
      const y = forward(model, params, s.inputs).logits.map((z) => sigmoid(z[0]!));
      expect(spikeOutputs(model, params, s)).toEqual(y);
      const { second, target } = spikeTimesOf(s);
      const after = y.slice(second + 1);
      errors += Math.abs(second + 1 + after.indexOf(Math.max(...after)) - target);
      if (y.filter((v) => v > 0.5).length === 1 && y[target]! > 0.5) exact++;
    }
    expect(score.meanError).toBeCloseTo(errors / tests.length, 12);
    expect(score.exact).toBe(exact);
    expect(score.total).toBe(50);
  });

  it('runs both cells per run, reproducibly, and summarises them', () => {
    const gen = peepholeExperiment(small);
    let step = gen.next();
    let snapshots = 0;
    while (!step.done) {
      snapshots++;
      step = gen.next();
    }
    expect(snapshots).toBe(4);
    const results = step.value;
    expect(results.map((r) => `${r.cell}${r.run}`)).toEqual([
      'plain0',
      'peepholes0',
      'plain1',
      'peepholes1',
    ]);
    expect(trainPeepholeRun(small, 'peepholes', 1)).toEqual(results[3]);
    for (const r of results) {
      expect(r.sequences).toBe(40);
      expect(r.example).toHaveLength(timingLength(small));
    }
    const summary = summarisePeepholes(results, 'plain');
    expect(summary.runs).toBe(2);
    expect(summary.meanError).toBeCloseTo(
      (results[0]!.score.meanError + results[2]!.score.meanError) / 2,
      12,
    );
  });
});
