// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createHeatmap, logExtent, type HeatmapData, type HeatmapOptions } from './logHeatmap';
import { container, seeded, svgOf } from './testing/svgSnapshot';

afterEach(() => document.body.replaceChildren());

const options: HeatmapOptions = {
  xLabel: 'training step',
  yLabel: 'time step',
  legendLabel: 'norm',
  maxColumns: 6,
  cellTitle: (c, r, v) => `${c},${r}: ${v.toExponential(2)}`,
};

/** `n` columns of `rows` norms spread over several decades, seeded. */
function columnsOf(seed: number, n: number, rows: number): number[][] {
  const rng = seeded(seed);
  return Array.from({ length: n }, () =>
    Array.from({ length: rows }, () => 10 ** rng.uniform(-7, 0)),
  );
}

const dataOf = (columns: readonly (readonly number[])[]): HeatmapData => ({
  columns,
  columnLabels: columns.map((_, c) => String(10 * c)),
  logDomain: logExtent(columns),
});

describe('logHeatmap, drawn as columns arrive', () => {
  it('draws the same SVG as a chart given every column at once, keeping the cells it drew', () => {
    const all = columnsOf(7, 5, 4);
    const growing = container();
    let titled = 0;
    const chart = createHeatmap(growing, {
      ...options,
      cellTitle: (...cell) => {
        titled++;
        return options.cellTitle(...cell);
      },
    });
    const cellsAfter: Element[][] = [];
    const titledAfter: number[] = [];
    for (let n = 1; n <= all.length; n++) {
      // A training figure hands a new outer array each time, with the old columns inside it.
      chart.update(dataOf(all.slice(0, n)));
      cellsAfter.push([...growing.querySelectorAll('rect[data-value]')]);
      titledAfter.push(titled);
    }
    const fresh = container();
    createHeatmap(fresh, options).update(dataOf(all));
    expect(svgOf(growing)).toBe(svgOf(fresh));
    // The first column's cells are the same elements from the first update to the last.
    expect(cellsAfter.at(-1)!.slice(0, 4)).toEqual(cellsAfter[0]);
    expect(cellsAfter.map((cells) => cells.length)).toEqual([4, 8, 12, 16, 20]);
    // Each update wrote the titles of the new column's four cells only.
    expect(titledAfter).toEqual([4, 8, 12, 16, 20]);
  });

  it('recolours kept cells when the colour domain moves, and starts afresh for other rows', () => {
    const el = container();
    const chart = createHeatmap(el, options);
    const first = columnsOf(3, 2, 4);
    chart.update(dataOf(first));
    // A column far below the others widens the domain: every cell's colour moves.
    const wider = [...first, first[0]!.map((v) => v * 1e-6)];
    chart.update(dataOf(wider));
    const fresh = container();
    createHeatmap(fresh, options).update(dataOf(wider));
    expect(svgOf(el)).toBe(svgOf(fresh));
    // Fewer columns of more rows (the reader changed the sequence length and started again).
    const longer = columnsOf(4, 1, 6);
    chart.update(dataOf(longer));
    expect(el.querySelectorAll('rect[data-value]')).toHaveLength(6);
    const other = container();
    createHeatmap(other, options).update(dataOf(longer));
    expect(svgOf(el)).toBe(svgOf(other));
  });
});
