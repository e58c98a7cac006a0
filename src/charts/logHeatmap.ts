import { scaleSequential } from 'd3-scale';
import { interpolateInferno } from 'd3-scale-chromatic';
import { select } from 'd3-selection';
import { appendAxisTitles } from './axisTitles';
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

/** log₁₀ range over every finite positive value (a fixed span when there is none). */
export function logExtent(columns: readonly (readonly number[])[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of columns)
    for (const v of c)
      if (Number.isFinite(v) && v > 0) {
        lo = Math.min(lo, Math.log10(v));
        hi = Math.max(hi, Math.log10(v));
      }
  if (!Number.isFinite(lo)) return [-6, 0];
  if (hi - lo < 1) return [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

export function createHeatmap(el: Element, opts: HeatmapOptions): Chart<HeatmapData> {
  const svg = select(el)
    .append('svg')
    .attr('class', 'log-heatmap')
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('aria-hidden', 'true');
  const cells = svg.append('g').attr('class', 'log-heatmap__cells');
  const axes = svg.append('g').attr('class', 'log-heatmap__axes');
  appendAxisTitles(
    svg,
    { width: WIDTH, height: HEIGHT, margin: M },
    opts,
    'log-heatmap__label',
    12,
  );
  const legend = svg.append('g').attr('class', 'log-heatmap__legend');
  const legendSteps = 24;
  const lx = WIDTH - M.right + 14;
  const lh = HEIGHT - M.top - M.bottom;

  return {
    update({ columns, columnLabels, logDomain }) {
      const rows = columns[0]?.length ?? 0;
      const cw = (WIDTH - M.left - M.right) / opts.maxColumns;
      const rh = rows > 0 ? (HEIGHT - M.top - M.bottom) / rows : 0;
      const flat = columns.flatMap((col, c) => col.map((v, r) => ({ c, r, v })));
      cells
        .selectAll<SVGRectElement, (typeof flat)[number]>('rect')
        .data(flat)
        .join((enter) => {
          const rect = enter.append('rect');
          rect.append('title');
          return rect;
        })
        .attr('x', (d) => M.left + d.c * cw)
        // Row 0 (the first time step) at the top.
        .attr('y', (d) => M.top + d.r * rh)
        .attr('width', cw + 0.3)
        .attr('height', rh + 0.3)
        .attr('data-value', (d) => d.v)
        .attr('fill', (d) =>
          Number.isFinite(d.v) && d.v > 0 ? heatColour(Math.log10(d.v), logDomain) : 'var(--panel)',
        )
        .select('title')
        .text((d) => opts.cellTitle(d.c, d.r, d.v));
      const rowTicks = rows > 0 ? [0, Math.floor((rows - 1) / 2), rows - 1] : [];
      axes
        .selectAll('text.row')
        .data(rowTicks)
        .join('text')
        .attr('class', 'row')
        .attr('x', M.left - 5)
        .attr('y', (r) => M.top + (r + 0.5) * rh + 4)
        .attr('text-anchor', 'end')
        .text(String);
      const colTicks = columns.length > 0 ? [0, columns.length - 1] : [];
      axes
        .selectAll('text.col')
        .data(colTicks)
        .join('text')
        .attr('class', 'col')
        .attr('x', (c) => M.left + (c + 0.5) * cw)
        .attr('y', HEIGHT - M.bottom + 14)
        .attr('text-anchor', 'middle')
        .text((c) => columnLabels[c] ?? '');
      const [lo, hi] = logDomain;
      legend
        .selectAll('rect')
        .data(Array.from({ length: legendSteps }, (_, i) => i))
        .join('rect')
        .attr('x', lx)
        .attr('width', 12)
        .attr('y', (i) => M.top + (lh * (legendSteps - 1 - i)) / legendSteps)
        .attr('height', lh / legendSteps + 0.5)
        .attr('fill', (i) => heatColour(lo + ((hi - lo) * (i + 0.5)) / legendSteps, logDomain));
      legend
        .selectAll('text')
        .data([hi, (lo + hi) / 2, lo])
        .join('text')
        .attr('x', lx + 16)
        .attr('y', (_, i) => M.top + (lh * i) / 2 + (i === 0 ? 8 : i === 2 ? 0 : 4))
        .text((e) => `1e${e.toFixed(1)}`.replace('-', '−'));
    },
    destroy() {
      svg.remove();
    },
  };
}
