import { describe, expect, it } from 'vitest';
import { recurrenceStepperMeta } from './meta';
import { buildStepperModel } from './model';

const defaults = recurrenceStepperMeta.props.parse({});

describe('buildStepperModel', () => {
  it('reads the word letter by letter over its own vocabulary', () => {
    const m = buildStepperModel(defaults);
    expect(m.vocabulary.symbols).toEqual(['e', 'h', 'l', 'o']);
    expect(m.steps).toHaveLength(5);
    expect(m.weights.U.rows).toBe(3);
    expect(m.weights.U.cols).toBe(4);
  });

  it('selects the column of U for the current letter: U x_t = U[:, index]', () => {
    const m = buildStepperModel(defaults);
    const col = m.vocabulary.indexOf('h');
    for (let i = 0; i < 3; i++) expect(m.steps[0]!.input[i]).toBe(m.weights.U.data[i * 4 + col]);
  });

  it('is a pure function of its inputs (same seed, same numbers; new seed, new U)', () => {
    const a = buildStepperModel(defaults);
    const b = buildStepperModel(defaults);
    expect(Array.from(a.steps[4]!.s)).toEqual(Array.from(b.steps[4]!.s));
    const c = buildStepperModel({ ...defaults, seed: 2 });
    expect(Array.from(c.weights.U.data)).not.toEqual(Array.from(a.weights.U.data));
  });

  it('scales U linearly with uScale and keeps s_t in (−1, 1)', () => {
    const a = buildStepperModel({ ...defaults, uScale: 1 });
    const b = buildStepperModel({ ...defaults, uScale: 2 });
    b.weights.U.data.forEach((v, i) => expect(v).toBeCloseTo(2 * a.weights.U.data[i]!, 15));
    for (const step of b.steps) step.s.forEach((v) => expect(Math.abs(v)).toBeLessThan(1));
  });
});
