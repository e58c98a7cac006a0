import { scaleSequential } from 'd3-scale';
import { interpolateInferno } from 'd3-scale-chromatic';
import { appendAxisTitles, createFrame, extentOf, minus, rects, textMarks } from './base';
import type { Chart } from './chart';

/**
 * A heatmap of columns (e.g. training snapshots) × rows (e.g. time steps) on a log₁₀ colour
 * scale, with a colour legend. Each cell carries its value (data-value) and a <title>, so the
 * number is there on hover; the widget prints a summary as text too.
 */
export interface HeatmapOptions {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly legendLabel: string;
  /** Number of column slots (the map fills from the left). */
  readonly maxColumns: number;
  readonly cellTitle: (column: number, row: number, value: number) => string;
}

export interface HeatmapData {
  /** columns[c][r]; every column has the same number of rows. */
  readonly columns: readonly (readonly number[])[];
  /** The label under each column (e.g. its training step), shown for a few. */
  readonly columnLabels: readonly string[];
  /** log₁₀ range of the colour scale. */
  readonly logDomain: readonly [number, number];
}

const WIDTH = 560;
const HEIGHT = 240;
const M = { top: 10, right: 86, bottom: 40, left: 46 };

export function heatColour(log10: number, domain: readonly [number, number]): string {
  return scaleSequential(interpolateInferno).domain(domain).clamp(true)(log10);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The cells, drawn column by column and only where something changed: a column whose values are
 * the same array as last time keeps its elements and title, and is only recoloured when the
 * colour domain moved. A map that gains a column while training adds that column's cells, not
 * all of them again (a redraw of every cell per column was the longest task on a page training
 * three figures). The result is the same SVG a fresh chart draws.
 */
function createColumnCells(parent: SVGGElement, opts: HeatmapOptions) {
  const drawn: { values: readonly number[]; cells: SVGRectElement[] }[] = [];
  let drawnDomain: readonly [number, number] = [Number.NaN, Number.NaN];
  let drawnRows = 0;
  return (
    columns: readonly (readonly number[])[],
    logDomain: readonly [number, number],
    cw: number,
    rh: number,
  ) => {
    const rows = columns[0]?.length ?? 0;
    // Another number of rows (a new sequence length) moves every cell: start afresh.
    if (rows !== drawnRows) {
      drawnRows = rows;
      for (const column of drawn.splice(0)) for (const cell of column.cells) cell.remove();
    }
    for (const column of drawn.splice(columns.length))
      for (const cell of column.cells) cell.remove();
    const recolour = logDomain[0] !== drawnDomain[0] || logDomain[1] !== drawnDomain[1];
    drawnDomain = logDomain;
    const colour = scaleSequential(interpolateInferno).domain(logDomain).clamp(true);
    const fill = (v: number) =>
      Number.isFinite(v) && v > 0 ? colour(Math.log10(v)) : 'var(--panel)';
    columns.forEach((values, c) => {
      let column = drawn[c];
      if (!column) {
        column = { values: [], cells: [] };
        drawn.push(column);
        for (let r = 0; r < rows; r++) {
          const cell = parent.ownerDocument.createElementNS(SVG_NS, 'rect');
          // Row 0 (the first time step) at the top.
          cell.setAttribute('x', String(M.left + c * cw));
          cell.setAttribute('y', String(M.top + r * rh));
          cell.setAttribute('width', String(cw + 0.3));
          cell.setAttribute('height', String(rh + 0.3));
          cell.append(parent.ownerDocument.createElementNS(SVG_NS, 'title'));
          parent.append(cell);
          column.cells.push(cell);
        }
      }
      const fresh = column.values !== values;
      if (!fresh && !recolour) return;
      column.cells.forEach((cell, r) => {
        const v = values[r]!;
        // The colour ramp has 256 steps: a moved domain leaves many cells' colours as they were.
        const colourOf = fill(v);
        if (cell.getAttribute('fill') !== colourOf) cell.setAttribute('fill', colourOf);
        if (!fresh) return;
        cell.setAttribute('data-value', String(v));
        cell.firstChild!.textContent = opts.cellTitle(c, r, v);
      });
      column.values = values;
    });
  };
}

/** log₁₀ range over every finite positive value (a fixed span when there is none). */
export function logExtent(columns: readonly (readonly number[])[]): [number, number] {
  const extent = extentOf(columns.flat(), 'log');
  if (!extent) return [-6, 0];
  const [lo, hi] = extent.map(Math.log10) as [number, number];
  return hi - lo < 1 ? [lo - 0.5, hi + 0.5] : [lo, hi];
}

export function createHeatmap(el: Element, opts: HeatmapOptions): Chart<HeatmapData> {
  const frame = createFrame(el, {
    className: 'log-heatmap',
    width: WIDTH,
    height: HEIGHT,
    margin: M,
  });
  const cells = frame.layer('log-heatmap__cells');
  const axes = frame.layer('log-heatmap__axes');
  appendAxisTitles(frame.svg, frame, opts, 12);
  const legend = frame.layer('log-heatmap__legend');
  const legendSteps = 24;
  const lx = WIDTH - M.right + 14;
  const lh = HEIGHT - M.top - M.bottom;

  const cellsOf = createColumnCells(cells.node()!, opts);

  return {
    update({ columns, columnLabels, logDomain }) {
      const rows = columns[0]?.length ?? 0;
      const cw = (WIDTH - M.left - M.right) / opts.maxColumns;
      const rh = rows > 0 ? (HEIGHT - M.top - M.bottom) / rows : 0;
      cellsOf(columns, logDomain, cw, rh);
      const rowTicks = rows > 0 ? [0, Math.floor((rows - 1) / 2), rows - 1] : [];
      textMarks(axes, rowTicks, {
        className: 'row',
        x: M.left - 5,
        y: (r) => M.top + (r + 0.5) * rh + 4,
        anchor: 'end',
        text: String,
      });
      textMarks(axes, columns.length > 0 ? [0, columns.length - 1] : [], {
        className: 'col',
        x: (c) => M.left + (c + 0.5) * cw,
        y: HEIGHT - M.bottom + 14,
        anchor: 'middle',
        text: (c) => columnLabels[c] ?? '',
      });
      const [lo, hi] = logDomain;
      rects(
        legend,
        Array.from({ length: legendSteps }, (_, i) => i),
        {
          x: lx,
          width: 12,
          y: (i) => M.top + (lh * (legendSteps - 1 - i)) / legendSteps,
          height: lh / legendSteps + 0.5,
          fill: (i) => heatColour(lo + ((hi - lo) * (i + 0.5)) / legendSteps, logDomain),
        },
      );
      textMarks(legend, [hi, (lo + hi) / 2, lo], {
        x: lx + 16,
        y: (_, i) => M.top + (lh * i) / 2 + (i === 0 ? 8 : i === 2 ? 0 : 4),
        text: (e) => minus(`1e${e.toFixed(1)}`),
      });
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
