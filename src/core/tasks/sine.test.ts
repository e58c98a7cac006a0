import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { sineTask, sineWave } from './sine';
import { value } from './testHelpers';

describe('sine', () => {
  it('known values', () => {
    const x = sineWave(5, 4, 2);
    [0, 2, 0, -2, 0].forEach((v, t) => expect(x[t]).toBeCloseTo(v, 14));
    expect(sineWave(1, 10, 1, Math.PI / 2)[0]).toBeCloseTo(1, 15);
    expect(() => sineWave(3, 0)).toThrow(/^period must be/);
  });

  it('targets are the next inputs and obey x_{t+1} = 2cos(ω) x_t − x_{t−1}', () => {
    const period = 17.3;
    const s = sineTask({ length: 60, period, amplitude: 0.8 }).sample(createRng(80));
    const x = s.inputs.map((v) => v[0]!);
    const y = s.targets.map(value);
    for (let t = 0; t < 59; t++) expect(y[t]).toBe(x[t + 1]);
    const c = 2 * Math.cos((2 * Math.PI) / period);
    for (let t = 1; t < 60; t++) expect(y[t]!).toBeCloseTo(c * x[t]! - x[t - 1]!, 12);
    expect(Math.max(...x.map(Math.abs))).toBeLessThanOrEqual(0.8);
  });

  it('a fixed phase ignores the rng; a random phase does not', () => {
    const fixed = sineTask({ phase: 0.3 });
    expect(fixed.sample(createRng(1)).inputs[0]![0]).toBe(fixed.sample(createRng(2)).inputs[0]![0]);
    const random = sineTask();
    expect(random.sample(createRng(1)).inputs[0]![0]).not.toBe(
      random.sample(createRng(2)).inputs[0]![0],
    );
  });
});
