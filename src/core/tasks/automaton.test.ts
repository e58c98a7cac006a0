import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import {
  acceptsAutomaton,
  checkAutomaton,
  expectedLength,
  expectedVisits,
  legalNextAutomaton,
  nextSymbolEntropy,
  sampleAutomaton,
  solveLinear,
  type Automaton,
} from './automaton';
import { meanAndSe } from './testHelpers';

// B, then a geometric run of a's (continue with p = 3/4), then b.
const geometric: Automaton = {
  start: 0,
  states: [
    [{ symbol: 'B', to: 1, p: 1 }],
    [
      { symbol: 'a', to: 1, p: 0.75 },
      { symbol: 'b', to: 2, p: 0.25 },
    ],
    [],
  ],
};

describe('probabilistic automata', () => {
  it('solves linear systems exactly', () => {
    const x = solveLinear(
      [
        [0, 2, 1],
        [1, 1, 1],
        [2, 0, 3],
      ],
      [7, 6, 11],
    );
    // the first pivot is 0, so this needs the row swap; solution (1, 2, 3)
    x.forEach((v, i) => expect(v).toBeCloseTo(i + 1, 12));
  });

  it('expected visits, length and entropy of a geometric automaton match closed forms', () => {
    const v = expectedVisits(geometric);
    expect(v[0]).toBeCloseTo(1, 12);
    expect(v[1]).toBeCloseTo(4, 12); // 1 / (1 - 3/4)
    expect(v[2]).toBeCloseTo(1, 12); // absorbed with probability 1
    expect(expectedLength(geometric)).toBeCloseTo(5, 12);
    // every prediction is made in state 1, so the entropy is H(3/4, 1/4)
    const h = -(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25));
    expect(nextSymbolEntropy(geometric)).toBeCloseTo(h, 12);
  });

  it('samples strings it accepts, with the right mean length', () => {
    const rng = createRng(4);
    const lengths: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const s = sampleAutomaton(geometric, rng);
      expect(acceptsAutomaton(geometric, s)).toBe(true);
      lengths.push(s.length);
    }
    const { mean, se } = meanAndSe(lengths);
    expect(Math.abs(mean - 5)).toBeLessThan(4 * se);
    expect(acceptsAutomaton(geometric, ['B', 'a'])).toBe(false);
    expect(legalNextAutomaton(geometric, ['B', 'a'])).toEqual(new Set(['a', 'b']));
    expect(() => legalNextAutomaton(geometric, ['a'])).toThrow(/not legal/);
  });

  it('rejects malformed automata', () => {
    const dup: Automaton = {
      start: 0,
      states: [
        [
          { symbol: 'a', to: 1, p: 0.5 },
          { symbol: 'a', to: 1, p: 0.5 },
        ],
        [],
      ],
    };
    expect(() => checkAutomaton(dup)).toThrow(/repeats/);
    const bad: Automaton = { start: 0, states: [[{ symbol: 'a', to: 1, p: 0.4 }], []] };
    expect(() => checkAutomaton(bad)).toThrow(/sums to/);
  });
});
