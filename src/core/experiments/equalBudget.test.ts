import { describe, expect, it } from 'vitest';
import { createModel, parameterCount } from '../model';
import {
  equalBudgetSizes,
  exponentialPeriods,
  sizeForBudget,
  WAVE_MODELS,
  waveSpec,
} from './equalBudget';

const periods = exponentialPeriods(6);
const countOf = (kind: (typeof WAVE_MODELS)[number], h: number) =>
  parameterCount(createModel(waveSpec(kind, h, periods)));

describe('equal parameter budgets', () => {
  it('exponential periods double from 1', () => {
    expect(exponentialPeriods(5)).toEqual([1, 2, 4, 8, 16]);
  });

  it('counts parameters as the closed forms say (no input, one linear output)', () => {
    // SRN: W H² + b H + V H + c; LSTM: 4H² + 4H + H + 1; CW-RNN with g modules of k units:
    // k²·g(g+1)/2 recurrent weights (the mask's zeros are not parameters) + 2H + 1.
    for (const h of [1, 5, 14]) {
      expect(countOf('srn', h)).toBe(h * h + 2 * h + 1);
      expect(countOf('lstm', h)).toBe(4 * h * h + 5 * h + 1);
    }
    for (const k of [1, 2, 3]) {
      const g = 6;
      expect(countOf('clockwork', g * k)).toBe((k * k * g * (g + 1)) / 2 + 2 * g * k + 1);
    }
  });

  for (const budget of [60, 100, 250, 500, 1000]) {
    it(`gives each architecture the size closest to ${budget} parameters, with its exact count`, () => {
      const sizes = equalBudgetSizes(budget, periods);
      for (const kind of WAVE_MODELS) {
        const { hiddenSize: h, parameters } = sizes[kind];
        expect(parameters).toBe(countOf(kind, h));
        const gap = Math.abs(parameters - budget);
        if (h > (kind === 'clockwork' ? periods.length : 1))
          expect(Math.abs(countOf(kind, h - 1) - budget)).toBeGreaterThan(gap);
        expect(Math.abs(countOf(kind, h + 1) - budget)).toBeGreaterThanOrEqual(gap);
      }
    });
  }

  it('keeps one unit per module when the budget is smaller than that', () => {
    const sized = sizeForBudget('clockwork', 5, periods);
    expect(sized.hiddenSize).toBe(6);
    expect(sized.parameters).toBe(21 + 12 + 1);
  });

  it('refuses a budget that is not a positive number', () => {
    expect(() => sizeForBudget('srn', Number.NaN, periods)).toThrow(/positive/);
    expect(() => sizeForBudget('srn', 0, periods)).toThrow(/positive/);
  });
});
