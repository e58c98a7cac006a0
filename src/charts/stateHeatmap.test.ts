// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStateHeatmap, type StateHeatmapData } from './stateHeatmap';
import { container, seeded, svgOf } from './testing/svgSnapshot';

afterEach(() => document.body.replaceChildren());

/** `T` states of `units` values in (−1, 1), seeded. */
function dataOf(seed: number, T: number, units: number): StateHeatmapData {
  const rng = seeded(seed);
  return {
    states: Array.from({ length: T }, () =>
      Float64Array.from({ length: units }, () => rng.uniform(-1, 1)),
    ),
    symbols: Array.from({ length: T }, (_, t) => String.fromCharCode(97 + t)),
    focus: { t: 1, unit: 2 },
  };
}

describe('stateHeatmap, redrawn as the weights change', () => {
  it('recolours the same cells for new states of the same size: the SVG a fresh chart draws', () => {
    const el = container();
    const chart = createStateHeatmap(el, { onPoint: () => {} });
    chart.update(dataOf(1, 5, 4));
    const cells = [...el.querySelectorAll('rect[data-value]')];
    chart.update(dataOf(2, 5, 4));
    expect([...el.querySelectorAll('rect[data-value]')]).toEqual(cells);
    const fresh = container();
    createStateHeatmap(fresh, { onPoint: () => {} }).update(dataOf(2, 5, 4));
    expect(svgOf(el)).toBe(svgOf(fresh));
    // Another probe length lays the cells out afresh.
    chart.update(dataOf(3, 3, 6));
    const other = container();
    createStateHeatmap(other, { onPoint: () => {} }).update(dataOf(3, 3, 6));
    expect(svgOf(el)).toBe(svgOf(other));
  });

  it('reports the cell the pointer moves onto', () => {
    const el = container();
    const onPoint = vi.fn();
    const chart = createStateHeatmap(el, { onPoint });
    chart.update(dataOf(1, 5, 4));
    chart.update(dataOf(2, 3, 6));
    const cells = el.querySelectorAll('rect[data-value]');
    // Column-major: cell 6·2 + 5 is symbol 2, unit 5.
    cells[17]!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(onPoint).toHaveBeenCalledTimes(1);
    expect(onPoint).toHaveBeenCalledWith(2, 5);
  });
});
