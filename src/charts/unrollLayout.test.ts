import { describe, expect, it } from 'vitest';
import { UNROLL_MARGIN, stripOffset, unrollLayout } from './unrollLayout';

describe('unrollLayout', () => {
  it('places T copies one spacing apart, W arrows filling the gaps between them', () => {
    const l = unrollLayout(5, 4, true);
    expect(l.copyX).toHaveLength(5);
    expect(l.wEdgeX).toHaveLength(4);
    for (let t = 1; t < 5; t++) {
      expect(l.copyX[t]! - l.copyX[t - 1]!).toBe(l.boxWidth + l.gap);
      // The arrow into copy t starts at the right side of copy t − 1 and ends at copy t.
      expect(l.wEdgeX[t - 1]).toBe(l.copyX[t - 1]! + l.boxWidth);
      expect(l.wEdgeX[t - 1]! + l.gap).toBe(l.copyX[t]);
    }
    expect(l.width).toBe(l.copyX[4]! + l.boxWidth + UNROLL_MARGIN);
  });

  it('stacks every copy on the first when folded, leaving room for the loop', () => {
    const l = unrollLayout(6, 4, false);
    expect(new Set(l.copyX)).toEqual(new Set([UNROLL_MARGIN]));
    expect(l.loopX).toBe(UNROLL_MARGIN + l.boxWidth);
    expect(l.width).toBeGreaterThan(l.loopX + 40);
    expect(l.width).toBeLessThan(unrollLayout(6, 4, true).width);
  });

  it('widens the box to hold every hidden unit, and centres the strip in it', () => {
    const small = unrollLayout(1, 2, true);
    const wide = unrollLayout(1, 6, true);
    expect(wide.boxWidth).toBeGreaterThanOrEqual(6 * wide.cellWidth);
    expect(small.boxWidth).toBe(72);
    const off = stripOffset(wide, 6);
    expect(off * 2 + 6 * wide.cellWidth).toBe(wide.boxWidth);
    expect(() => unrollLayout(0, 4, true)).toThrow(/T must be/);
  });
});
