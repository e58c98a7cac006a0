import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { COUNTING_SYMBOLS, countingSample, countingSymbols, countingTask } from './counting';
import { hotIndex } from './testHelpers';
import { assertSampleShape } from './validate';

const letters = (ids: readonly (number | null)[]) =>
  ids.map((i) => (i === null ? '·' : COUNTING_SYMBOLS[i])).join('');

describe('counting languages', () => {
  it('aⁿbⁿ: S a a a b b b, targets only from the first b: b b E', () => {
    const { ids, targets } = countingSymbols('anbn', 3);
    expect(letters(ids)).toBe('Saaabbb');
    expect(letters(targets)).toBe('····bbE');
  });

  it('aⁿbⁿcⁿ: after the first b the b’s, then the c’s, then the end', () => {
    const { ids, targets } = countingSymbols('anbncn', 2);
    expect(letters(ids)).toBe('Saabbcc');
    expect(letters(targets)).toBe('···bccE');
  });

  it('every string has (blocks − 1)·n targets, the last one E, and reads one-hot', () => {
    for (const n of [1, 2, 7, 40]) {
      const two = countingSample('anbn', n);
      expect(two.inputs).toHaveLength(2 * n + 1);
      expect(two.targets.filter((t) => t !== null)).toHaveLength(n);
      const three = countingSample('anbncn', n);
      expect(three.targets.filter((t) => t !== null)).toHaveLength(2 * n);
      expect(three.targets.at(-1)).toBe(COUNTING_SYMBOLS.indexOf('E'));
      // The symbols read spell the string: as many a's as b's (and c's).
      const counts = [0, 0, 0, 0, 0];
      for (const x of three.inputs) counts[hotIndex(x)]!++;
      expect(counts).toEqual([1, n, n, n, 0]);
    }
  });

  it('draws n uniformly in minN..maxN, deterministically from the seed', () => {
    const task = countingTask('anbn', 5, 2);
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let k = 0; k < 400; k++) {
      const s = task.sample(rng);
      expect(assertSampleShape(task, s)).toBeGreaterThan(0);
      seen.add((s.inputs.length - 1) / 2);
    }
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
    const again = countingTask('anbn', 5, 2).sample(createRng(3));
    expect(again.inputs.length).toBe(countingTask('anbn', 5, 2).sample(createRng(3)).inputs.length);
  });

  it('refuses bad arguments with the argument’s name', () => {
    expect(() => countingTask('anbn', 0)).toThrow(/maxN/);
    expect(() => countingTask('anbn', 3, 4)).toThrow(/maxN/);
    expect(() => countingSymbols('anbn', 0)).toThrow(/n must/);
    expect(() => countingTask('abc' as 'anbn', 3)).toThrow(/language/);
  });
});
