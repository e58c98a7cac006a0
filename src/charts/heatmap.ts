import { createFrame, divergingColour as colour, NO_MARGIN, textColourOn } from './base';
import type { Chart } from './chart';

/**
 * A labelled matrix of values in [−1, 1] (blue positive, red negative). The whole matrix is one
 * tab stop: arrow keys move a cursor cell, and the cell under the cursor or the pointer is
 * reported through `onCell`, so the page can print its value; small matrices also print every
 * value in its cell, so colour is never the only signal.
 */
export interface HeatmapOptions {
  readonly ariaLabel: string;
  readonly onCell: (cell: readonly [number, number] | null) => void;
  readonly cellSize?: number;
}

export interface HeatmapData {
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly values: readonly (readonly number[])[];
  readonly cursor: readonly [number, number] | null;
  /** Print each value in its cell (for small matrices). */
  readonly showValues: boolean;
}

export function createHeatmap(el: Element, opts: HeatmapOptions): Chart<HeatmapData> {
  const size = opts.cellSize ?? 18;
  const { svg } = createFrame(el, {
    className: 'heatmap',
    width: 0,
    height: 0,
    margin: NO_MARGIN,
    ariaLabel: opts.ariaLabel,
  });
  svg.attr('tabindex', 0);
  const rowsG = svg.append('g').attr('class', 'heatmap__row-labels');
  const colsG = svg.append('g').attr('class', 'heatmap__col-labels');
  const cellsG = svg.append('g').attr('class', 'heatmap__cells');
  const cursorRect = svg.append('rect').attr('class', 'heatmap__cursor').attr('fill', 'none');
  let current: HeatmapData | null = null;
  let cursor: [number, number] = [0, 0];

  svg.on('keydown', (event: KeyboardEvent) => {
    if (!current) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const rows = current.rowLabels.length;
    const cols = current.colLabels.length;
    cursor = [
      Math.min(rows - 1, Math.max(0, cursor[0] + move[0])),
      Math.min(cols - 1, Math.max(0, cursor[1] + move[1])),
    ];
    opts.onCell(cursor);
  });
  svg.on('focus', () => opts.onCell(cursor));
  svg.on('blur', () => opts.onCell(null));

  return {
    update(data) {
      current = data;
      const rows = data.rowLabels.length;
      const cols = data.colLabels.length;
      const longest = Math.max(
        1,
        ...data.rowLabels.map((l) => l.length),
        ...data.colLabels.map((l) => l.length),
      );
      const margin = Math.min(90, 12 + longest * 7.5);
      const w = margin + cols * size + 2;
      const h = margin + rows * size + 2;
      svg.attr('viewBox', `0 0 ${w} ${h}`).attr('style', `max-width: ${w * 1.4}px`);
      rowsG
        .selectAll('text')
        .data(data.rowLabels)
        .join('text')
        .attr('x', margin - 4)
        .attr('y', (_, i) => margin + i * size + size / 2)
        .attr('text-anchor', 'end')
        .attr('dominant-baseline', 'central')
        .text((d) => d);
      colsG
        .selectAll('text')
        .data(data.colLabels)
        .join('text')
        .attr(
          'transform',
          (_, j) => `translate(${margin + j * size + size / 2},${margin - 4}) rotate(-60)`,
        )
        .text((d) => d);
      const cells = data.values.flatMap((row, i) => row.map((v, j) => ({ i, j, v })));
      const g = cellsG
        .selectAll<SVGGElement, (typeof cells)[number]>('g')
        .data(cells)
        .join((enter) => {
          const e = enter.append('g');
          e.append('rect');
          e.append('text').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
          return e;
        })
        .attr('data-cell', (d) => `${d.i},${d.j}`)
        .attr('data-value', (d) => String(d.v))
        .on('mouseenter', (_, d) => opts.onCell([d.i, d.j]))
        .on('mouseleave', () => opts.onCell(null));
      g.select('rect')
        .attr('x', (d) => margin + d.j * size)
        .attr('y', (d) => margin + d.i * size)
        .attr('width', size - 1)
        .attr('height', size - 1)
        .attr('fill', (d) => colour(d.v));
      g.select('text')
        .attr('x', (d) => margin + d.j * size + size / 2 - 0.5)
        .attr('y', (d) => margin + d.i * size + size / 2 - 0.5)
        .attr('fill', (d) => textColourOn(colour(d.v)))
        .text((d) => (data.showValues ? d.v.toFixed(1).replace('-', '−') : ''));
      if (data.cursor) cursor = [data.cursor[0], data.cursor[1]];
      cursor = [Math.min(cursor[0], rows - 1), Math.min(cursor[1], cols - 1)];
      cursorRect
        .attr('display', data.cursor ? null : 'none')
        .attr('x', margin + cursor[1] * size - 1)
        .attr('y', margin + cursor[0] * size - 1)
        .attr('width', size + 1)
        .attr('height', size + 1);
    },
    destroy() {
      svg.remove();
    },
  };
}
