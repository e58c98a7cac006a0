import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { buildUnrollModel } from './model';
import { num, unrollEquation } from './equation';

describe('unrollEquation', () => {
  const m = buildUnrollModel({ sentence: 'the cat sat on the mat', hidden: 4, seed: 1 });
  const tex = unrollEquation(2, m.steps[2]!, m.weights.W);

  it('writes the step’s own numbers: U x_t, W, s_{t−1}, the sum and s_t', () => {
    expect(tex).toContain('s_{2} &= \\tanh\\left(U x_{2} + W s_{1}\\right)');
    const step = m.steps[2]!;
    for (const v of [
      ...step.input,
      ...m.weights.W.data,
      ...step.sPrev,
      ...step.preactivation,
      ...step.s,
    ])
      expect(tex).toContain(num(v));
    expect(unrollEquation(0, m.steps[0]!, m.weights.W)).toContain('W s_{-1}');
  });

  it('is valid KaTeX', () => {
    expect(() =>
      katex.renderToString(tex, { throwOnError: true, displayMode: true }),
    ).not.toThrow();
  });

  it('never prints minus zero', () => {
    expect(num(-0.001)).toBe('0.00');
    expect(num(-0.006)).toBe('-0.01');
  });
});
