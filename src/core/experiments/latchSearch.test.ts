import { describe, expect, it } from 'vitest';
import { createModel } from '../model/model';
import { forward } from '../model/run';
import { sigmoid } from '../cells/kernels';
import {
  classifiesRight,
  gradientDescentRun,
  lagsUpTo,
  latchBit,
  latchSpec,
  latchTestSet,
  randomSearchRun,
  sequencesUntilMistake,
  summarise,
  type LatchSearchOptions,
} from './latchSearch';

const base: LatchSearchOptions = {
  T: 8,
  hidden: 1,
  noiseStd: 0.2,
  budget: 2000,
  testSize: 20,
  seed: 1,
};
const model = createModel(latchSpec(1));
/** Layout U, W, b, V, c: a unit with w = 4 has two stable states near ±1 that the noise cannot flip. */
const latching = Float64Array.of(3, 4, 0, 4, 0);

describe('latch search', () => {
  it('lays out a one-unit model as U, W, b, V, c', () => {
    expect(model.layout.blocks.map((b) => b.name)).toEqual([
      'l0.fwd.U',
      'l0.fwd.W',
      'l0.fwd.b',
      'head.V',
      'head.c',
    ]);
  });

  it('reads the bit off the output probability at the last step', () => {
    const tests = latchTestSet(base);
    for (const sample of tests) {
      const trace = forward(model, latching, sample.inputs);
      const y = sigmoid(trace.logits[base.T]![0]!);
      const b = latchBit(sample);
      expect(classifiesRight(model, latching, sample)).toBe(Math.abs(y - b) < 0.5);
    }
  });

  it('accepts a latching unit and rejects a forgetful one at its first mistake', () => {
    const tests = latchTestSet({ ...base, T: 64 });
    expect(sequencesUntilMistake(model, latching, tests)).toBe(tests.length);
    // W = 0.5: the state decays as 0.5^T and the noise decides the answer.
    const forgetful = Float64Array.of(3, 0.5, 0, 4, 0);
    const passed = sequencesUntilMistake(model, forgetful, tests);
    expect(passed).toBeLessThan(tests.length);
    expect(classifiesRight(model, forgetful, tests[passed]!)).toBe(false);
  });

  it('charges random search for every sequence it runs and stays inside the budget', () => {
    const a = randomSearchRun({ ...base, range: 5 });
    expect(a).toEqual(randomSearchRun({ ...base, range: 5 }));
    expect(a.solved).toBe(true);
    expect(a.sequences).toBeGreaterThanOrEqual(base.testSize);
    const tight = randomSearchRun({ ...base, range: 5, budget: 5 });
    expect(tight).toEqual({ solved: false, sequences: 5 });
  });

  it('gradient descent learns short lags far more often than long ones; random search does not care', () => {
    const count = (T: number, method: 'gd' | 'rs') =>
      Array.from({ length: 10 }, (_, r) => {
        const o = { ...base, T, seed: 100 + r };
        return method === 'gd'
          ? gradientDescentRun({ ...o, lr: 0.5, batch: 1 })
          : randomSearchRun({ ...o, range: 5 });
      }).filter((x) => x.solved).length;
    const gdShort = count(2, 'gd');
    const gdLong = count(64, 'gd');
    expect(gdShort).toBeGreaterThanOrEqual(8);
    expect(gdLong).toBeLessThanOrEqual(gdShort - 4);
    expect(count(64, 'rs')).toBeGreaterThanOrEqual(9);
  });

  it('summarises solved runs with their median cost', () => {
    const s = summarise(4, [
      { solved: true, sequences: 30 },
      { solved: false, sequences: 100 },
      { solved: true, sequences: 10 },
      { solved: true, sequences: 20 },
      { solved: true, sequences: 50 },
    ]);
    expect(s).toEqual({ T: 4, runs: 5, solved: 4, medianSequences: 25 });
    expect(summarise(4, [{ solved: false, sequences: 9 }]).medianSequences).toBeNaN();
  });

  it('doubles the lag from 2 up to the maximum', () => {
    expect(lagsUpTo(64)).toEqual([2, 4, 8, 16, 32, 64]);
    expect(lagsUpTo(50)).toEqual([2, 4, 8, 16, 32, 50]);
    expect(lagsUpTo(2)).toEqual([2]);
  });
});
