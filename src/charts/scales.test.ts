import { describe, expect, it } from 'vitest';
import { logExtent } from './logHeatmap';
import { logRange } from './logLines';

describe('log ranges of the charts', () => {
  it('logRange follows the first series and widens to the others by at most `span` decades', () => {
    const series = [
      { id: 'a', label: 'a', values: [1, 0.1, 0.01, 0, NaN] },
      { id: 'b', label: 'b', values: [1, 1e6, 1e12] },
    ];
    expect(logRange(series, 3)).toEqual([0.01, 1000]);
    expect(logRange([{ id: 'a', label: 'a', values: [NaN, -1] }])).toEqual([1e-3, 1e3]);
    // Less than a decade: padded so the axis has a tick.
    const [lo, hi] = logRange([{ id: 'a', label: 'a', values: [2, 3] }]);
    expect(lo).toBeCloseTo(2 / 3, 12);
    expect(hi).toBeCloseTo(9, 12);
  });

  it('logExtent spans the positive finite values, with a default and a minimum width', () => {
    expect(logExtent([[0.001, 10, 0, NaN], [1]])).toEqual([-3, 1]);
    expect(logExtent([[0, NaN]])).toEqual([-6, 0]);
    expect(logExtent([[1, 2]])).toEqual([-0.5, Math.log10(2) + 0.5]);
  });
});
