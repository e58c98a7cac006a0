import { describe, expect, it } from 'vitest';
import {
  costsAt,
  createRace,
  gradientAgreement,
  probeSequence,
  RACE_ALGORITHMS,
  raceTask,
  scaledRate,
  type RaceSettings,
} from './algorithmRace';
import { createRng } from '../rng';

const settings: RaceSettings = {
  task: 'delay',
  lag: 2,
  hidden: 3,
  length: 20,
  lr: 0.5,
  k: 5,
  seed: 1,
};
const clock = () => {
  let t = 0;
  return () => (t += 1);
};

describe('algorithm race', () => {
  it('starts every racer from the same weights and feeds them the same sequences', () => {
    const race = createRace(settings);
    const w0 = race.weights('bptt');
    for (const a of RACE_ALGORITHMS) expect(race.weights(a)).toEqual(w0);
    const again = createRace(settings);
    for (const a of RACE_ALGORITHMS) {
      expect(race.step(a, clock())).toBe(again.step(a, clock()));
      expect(race.weights(a)).not.toEqual(w0);
    }
    expect(race.stats().map((s) => [s.algorithm, s.sequences, s.elapsedMs])).toEqual(
      RACE_ALGORITHMS.map((a) => [a, 1, 1]),
    );
  });

  it('every algorithm learns the short delay task', () => {
    const race = createRace(settings);
    const last: Record<string, number[]> = {};
    for (let i = 0; i < 160; i++)
      for (const a of RACE_ALGORITHMS) (last[a] ??= []).push(race.step(a, clock()));
    for (const a of RACE_ALGORITHMS) {
      const tail = last[a]!.slice(-20);
      expect(tail.reduce((s, v) => s + v, 0) / tail.length, a).toBeLessThan(0.1);
      expect(last[a]![0]!, a).toBeGreaterThan(0.05);
    }
  });

  it('RTRL and BPTT compute the same gradient', () => {
    const race = createRace(settings);
    for (let i = 0; i < 20; i++) race.step('bptt', clock());
    const g = gradientAgreement(race.model, race.weights('bptt'), probeSequence(settings));
    expect(g.norm).toBeGreaterThan(0);
    expect(g.relative).toBeLessThan(1e-12);
  });

  it('scales the learning rate to the number of updates per sequence', () => {
    expect(scaledRate('bptt', settings)).toBe(0.5);
    expect(scaledRate('tbptt', settings)).toBeCloseTo((0.5 * 5) / 20, 15);
    expect(scaledRate('rtrl', settings)).toBeCloseTo(0.5 / 18, 15);
  });

  it('the delay task asks for the bit read lag steps ago', () => {
    const sample = raceTask(settings).sample(createRng(3));
    expect(sample.targets.slice(0, 2)).toEqual([null, null]);
    for (let t = 2; t < 20; t++)
      expect(sample.targets[t]).toEqual(Float64Array.of(sample.inputs[t - 2]![0]!));
    expect(() => raceTask({ ...settings, lag: 20 })).toThrow(/lag from 1 to 19/);
  });

  it('counts RTRL’s cost growing as n⁴ and BPTT’s as n²', () => {
    const small = costsAt(16, 20, 5);
    const big = costsAt(32, 20, 5);
    const ratio = (a: 'bptt' | 'rtrl' | 'ekf') => big[a].multiplyAdds / small[a].multiplyAdds;
    expect(ratio('bptt')).toBeGreaterThan(3.5);
    expect(ratio('bptt')).toBeLessThan(4.5);
    expect(ratio('rtrl')).toBeGreaterThan(14);
    expect(ratio('rtrl')).toBeLessThan(17);
    expect(big.rtrl.floatsStored / small.rtrl.floatsStored).toBeGreaterThan(7);
  });
});
