import { describe, expect, it } from 'vitest';
import { nmse } from '../metrics';
import { forward } from '../model';
import { DEFAULT_CONTROL_POINTS, waveTarget } from '../tasks';
import {
  clockworkWaveExperiment,
  generationSample,
  runClockworkWave,
  waveNetwork,
  waveOrdering,
  type WaveSettings,
} from './clockworkWave';
import { equalBudgetSizes, exponentialPeriods, WAVE_MODELS } from './equalBudget';

const small: WaveSettings = {
  budget: 80,
  modules: 4,
  target: 'multi',
  points: DEFAULT_CONTROL_POINTS,
  iterations: 30,
  lr: 0.01,
  seed: 2,
};

describe('the generation experiment', () => {
  it('sizes the networks for the budget and says so', () => {
    const result = runClockworkWave(small);
    const sizes = equalBudgetSizes(small.budget, exponentialPeriods(small.modules));
    for (const kind of WAVE_MODELS) {
      expect(result.models[kind].parameters).toBe(sizes[kind].parameters);
      expect(result.models[kind].hiddenSize).toBe(sizes[kind].hiddenSize);
    }
    expect(result.periods).toEqual([1, 2, 4, 8]);
    expect(result.iteration).toBe(small.iterations);
  });

  it('starts its learning curves at the untrained networks’ NMSE', () => {
    const result = runClockworkWave(small);
    const target = waveTarget('multi', []);
    const sample = generationSample(target);
    const sizes = equalBudgetSizes(small.budget, exponentialPeriods(small.modules));
    for (const kind of WAVE_MODELS) {
      const { model, params } = waveNetwork(sizes[kind], small.seed);
      const out = forward(model, params, sample.inputs).logits;
      const untrained = nmse(out, sample.targets as Float64Array[]);
      expect(result.models[kind].curve.nmse[0]).toBeCloseTo(untrained, 12);
    }
  });

  it('reports each output’s NMSE and module contributions that add up to the clockwork output', () => {
    const result = runClockworkWave(small);
    const target = Array.from(waveTarget('multi', []), (v) => [v]);
    for (const kind of WAVE_MODELS) {
      const m = result.models[kind];
      expect(m.nmse).toBeCloseTo(
        nmse(
          m.output.map((v) => [v]),
          target,
        ),
        12,
      );
    }
    const cw = result.models.clockwork.output;
    cw.forEach((y, t) => {
      const sum = result.contributions.reduce((a, c) => a + c[t]!, result.bias);
      expect(Math.abs(sum - y)).toBeLessThan(1e-12);
    });
    expect(waveOrdering(result).map((k) => result.models[k].nmse)).toEqual(
      WAVE_MODELS.map((k) => result.models[k].nmse).sort((a, b) => a - b),
    );
  });

  it('gives the same result whether or not snapshots are taken at its pause points', () => {
    const gen = clockworkWaveExperiment(small);
    let step = gen.next();
    let snapshots = 0;
    while (!step.done) {
      step.value({ now: 0, final: false });
      snapshots++;
      step = gen.next();
    }
    expect(snapshots).toBe(small.iterations);
    expect(step.value).toEqual(runClockworkWave(small));
  });

  it('learns: the clockwork network’s error falls on a drawn target too', () => {
    const drawn = runClockworkWave({ ...small, target: 'drawn', iterations: 300 });
    const curve = drawn.models.clockwork.curve.nmse;
    expect(drawn.models.clockwork.nmse).toBeLessThan(curve[0]! * 0.8);
  });
});
