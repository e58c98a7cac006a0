import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { chiSquareUniform, hotIndex } from './testHelpers';
import {
  TEMPORAL_ORDER_CLASSES,
  TEMPORAL_ORDER_POSITIONS,
  TEMPORAL_ORDER_SYMBOLS,
  temporalOrderClass,
  temporalOrderDecode,
  temporalOrderTask,
  type RelevantSymbol,
} from './temporalOrder';

describe('temporal order (H&S 1997 experiment 6)', () => {
  it('maps orders to the paper class names', () => {
    const name = (v: '6a' | '6b', r: RelevantSymbol[]) =>
      TEMPORAL_ORDER_CLASSES[v][temporalOrderClass(r)];
    expect(name('6a', ['X', 'X'])).toBe('Q');
    expect(name('6a', ['X', 'Y'])).toBe('R');
    expect(name('6a', ['Y', 'X'])).toBe('S');
    expect(name('6a', ['Y', 'Y'])).toBe('U');
    expect(name('6b', ['Y', 'X', 'Y'])).toBe('A');
    expect(name('6b', ['Y', 'Y', 'X'])).toBe('B');
    expect(temporalOrderDecode(6, 3)).toEqual(['Y', 'Y', 'X']);
    expect(() => temporalOrderDecode(4, 2)).toThrow(/classIndex/);
  });

  for (const variant of ['6a', '6b'] as const) {
    it(`task ${variant}: structure, positions, and the class decodes to the relevant symbols`, () => {
      const task = temporalOrderTask(variant);
      const ranges = TEMPORAL_ORDER_POSITIONS[variant];
      const rng = createRng(variant === '6a' ? 30 : 31);
      const counts = new Array<number>(task.outputSize).fill(0);
      for (let i = 0; i < 4000; i++) {
        const s = task.sample(rng);
        const seq = s.inputs.map((x) => TEMPORAL_ORDER_SYMBOLS[hotIndex(x)]!);
        expect(seq.length >= 100 && seq.length <= 110).toBe(true);
        expect(seq[0]).toBe('E');
        expect(seq.at(-1)).toBe('B');
        const relevantAt = seq.flatMap((c, t) => (c === 'X' || c === 'Y' ? [t + 1] : []));
        expect(relevantAt.length).toBe(ranges.length);
        relevantAt.forEach((t, k) => {
          expect(t).toBeGreaterThanOrEqual(ranges[k]![0]);
          expect(t).toBeLessThanOrEqual(ranges[k]![1]);
        });
        const middle = seq.slice(1, -1).filter((c) => c !== 'X' && c !== 'Y');
        expect(middle.every((c) => 'abcd'.includes(c))).toBe(true);
        const cls = s.targets.at(-1) as number;
        expect(s.targets.slice(0, -1).every((y) => y === null)).toBe(true);
        expect(temporalOrderDecode(cls, ranges.length)).toEqual(relevantAt.map((t) => seq[t - 1]));
        counts[cls]!++;
      }
      // classes are equally likely: chi-square with 3 (7) dof, p = 0.001
      expect(chiSquareUniform(counts)).toBeLessThan(variant === '6a' ? 16.27 : 24.32);
    });
  }
});
