import { describe, expect, it } from 'vitest';
import { latestRunSet } from './runPairs';

describe('latestRunSet', () => {
  it('takes the last run with every cell in, by cell', () => {
    const r = (cell: 'a' | 'b', run: number) => ({ cell, run });
    const cells = ['a', 'b'] as const;
    expect(latestRunSet([], cells)).toBeNull();
    expect(latestRunSet([r('a', 0)], cells)).toBeNull();
    expect(latestRunSet([r('a', 0), r('b', 0), r('a', 1)], cells)).toEqual({
      a: r('a', 0),
      b: r('b', 0),
    });
    expect(latestRunSet([r('a', 0), r('b', 0), r('a', 1), r('b', 1)], cells)).toEqual({
      a: r('a', 1),
      b: r('b', 1),
    });
  });
});
