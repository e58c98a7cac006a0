import { describe, expect, it } from 'vitest';
import { bpttStepperMeta } from './meta';
import { buildBpttModel, knownAt, stageOf } from './model';

const defaults = bpttStepperMeta.props.parse({});

describe('BPTT stepper model', () => {
  it('walks forward through every step, then backward from the last', () => {
    const T = 4;
    expect([0, 1, 4, 5, 8].map((p) => stageOf(p, T))).toEqual([
      { kind: 'start' },
      { kind: 'forward', t: 0 },
      { kind: 'forward', t: 3 },
      { kind: 'backward', t: 3 },
      { kind: 'backward', t: 0 },
    ]);
    expect(knownAt(stageOf(2, T), T)).toEqual({ forward: 2, backwardFrom: 4 });
    expect(knownAt(stageOf(6, T), T)).toEqual({ forward: 4, backwardFrom: 2 });
  });

  it('reads letter t and predicts letter t + 1', () => {
    const m = buildBpttModel({ ...defaults, word: 'hello' });
    expect(m.inputs).toEqual(['h', 'e', 'l', 'l']);
    expect(m.targets).toEqual(['e', 'l', 'l', 'o']);
  });

  it('keeps every contribution when k covers the sequence, and fewer when it does not', () => {
    const full = buildBpttModel(defaults);
    // The same sum, added in another order: equal to rounding.
    full.keptNorms.forEach((v, t) => expect(v).toBeCloseTo(full.fullNorms[t]!, 12));
    const cut = buildBpttModel({ ...defaults, k: 1 });
    const T = cut.inputs.length;
    // The last step's term has no future to drop; earlier ones lose what later errors sent.
    expect(cut.keptNorms[T - 1]).toBe(cut.fullNorms[T - 1]);
    for (let t = 1; t < T - 1; t++) expect(cut.keptNorms[t]).not.toBeCloseTo(cut.fullNorms[t]!, 6);
  });

  it('refuses a position past the end of the backward pass', () => {
    expect(bpttStepperMeta.props.safeParse({ word: 'hello', pos: 9 }).success).toBe(false);
    expect(bpttStepperMeta.props.safeParse({ word: 'hello', pos: 8 }).success).toBe(true);
  });
});
