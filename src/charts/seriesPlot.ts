import { select } from 'd3-selection';
import {
  appendAxes,
  createFrame,
  decadeExtent,
  drawAxes,
  extentOf,
  fitWidth,
  linePath,
  redrawOnResize,
  ruleX,
  ruleY,
  safeExtent,
  scaleOf,
  textMarks,
  tickLabel,
  ticksOf,
  type Frame,
} from './base';
import type { Chart } from './chart';

/**
 * Line plot of one or more series over equally spaced time steps, on a linear or logarithmic
 * y axis, with an optional vertical marker (for example the step where a network switches from
 * teacher forcing to running free). Each series has a colour AND a dash pattern, and the legend
 * names it, so colour is never the only signal. It fills the width of its container and
 * redraws when that width changes.
 */
export interface SeriesPlotOptions {
  readonly height?: number;
  readonly yScale?: 'linear' | 'log';
  /** On a log axis, values at or below this (including 0) are drawn at this floor. */
  readonly logFloor?: number;
}

export interface PlotSeries {
  readonly label: string;
  readonly values: ArrayLike<number>;
  /** Any CSS colour, e.g. 'var(--accent)'. */
  readonly colour: string;
  /** An SVG stroke-dasharray ('' for a solid line). */
  readonly dash?: string;
}

export interface SeriesPlotData {
  /** x of every series' first value; x grows by `dx` (default 1) per value. */
  readonly x0: number;
  readonly dx?: number;
  readonly series: readonly PlotSeries[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly marker?: { readonly x: number; readonly label: string };
  /** Fixed y range; otherwise the data's (on a log axis: whole decades around the data). */
  readonly yDomain?: readonly [number, number];
}

const MARGIN = { top: 8, right: 12, bottom: 34, left: 56 };
const LEGEND_ROW = 18;
const LEGEND_COLUMN = 150;

/** The y range: the data's, padded 5%; on a log axis (zeros drawn at `floor`), whole decades. */
export function yExtent(
  series: readonly PlotSeries[],
  log: boolean,
  floor: number,
): [number, number] {
  const values = series.flatMap((s) => Array.from(s.values));
  if (log) return decadeExtent(extentOf(values, 'log', floor) ?? [floor, 1]);
  const extent = extentOf(values);
  if (!extent) return [-1, 1];
  const [lo, hi] = extent;
  if (lo === hi) return safeExtent(extent, 'linear');
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

function drawLegend(frame: Frame, series: readonly PlotSeries[], perRow: number) {
  const keys = frame
    .layer('series-plot__legend')
    .selectAll<SVGGElement, PlotSeries>('g')
    .data(series)
    .join('g')
    .attr(
      'transform',
      (_, i) =>
        `translate(${MARGIN.left + (i % perRow) * LEGEND_COLUMN},${MARGIN.top + Math.floor(i / perRow) * LEGEND_ROW})`,
    );
  keys.each(function (s) {
    const key = select<SVGGElement, unknown>(this);
    ruleY(key, [s], { x1: 0, x2: 26, y: 8 })
      .style('stroke', s.colour)
      .style('stroke-width', '2.5')
      .style('stroke-dasharray', s.dash ?? '');
    textMarks(key, [s], { x: 32, y: 12, text: () => s.label })
      .style('fill', 'var(--fg)')
      .style('font-size', '12px');
  });
}

export function createSeriesPlot(el: Element, opts: SeriesPlotOptions = {}): Chart<SeriesPlotData> {
  const log = opts.yScale === 'log';
  const floor = opts.logFloor ?? 1e-17;
  const plotHeight = opts.height ?? 180;
  let frame: Frame | null = null;

  const draw = (data: SeriesPlotData) => {
    const width = fitWidth(el, { min: 240, max: Infinity, fallback: 640 });
    const perRow = Math.max(1, Math.floor(width / LEGEND_COLUMN));
    const top = MARGIN.top + Math.ceil(data.series.length / perRow) * LEGEND_ROW;
    frame?.svg.remove();
    frame = createFrame(el, {
      className: 'series-plot',
      width,
      height: top + plotHeight + MARGIN.bottom,
      margin: { ...MARGIN, top },
      pixelSize: true,
    });
    const n = Math.max(1, ...data.series.map((s) => s.values.length));
    const dx = data.dx ?? 1;
    const x = scaleOf('linear', [data.x0, data.x0 + (n - 1) * dx], [frame.left, frame.right]);
    const domain = data.yDomain ?? yExtent(data.series, log, floor);
    const yScale = scaleOf(log ? 'log' : 'linear', domain, [frame.bottom, frame.top]).clamp(log);
    const y = (v: number) => yScale(log ? Math.max(v, floor) : v);
    const axes = appendAxes(frame);
    for (const layer of [axes.x, axes.y])
      layer.style('fill', 'var(--muted)').style('font-size', '11px');
    axes.grid.style('stroke', 'var(--rule)');
    drawAxes(axes, frame, x, y, {
      x: {
        ticks: x.ticks(Math.max(2, Math.floor(width / 110))),
        format: (t) => tickLabel(t, false),
      },
      y: { ticks: ticksOf(yScale, log ? 'log' : 'linear', 5, 6), format: (t) => tickLabel(t, log) },
    });
    const titles = frame.layer('axis').style('fill', 'var(--muted)').style('font-size', '11px');
    ruleY(titles, [0], { y: frame.bottom, x1: frame.left, x2: frame.right }).style(
      'stroke',
      'var(--muted)',
    );
    textMarks(titles, [data.xLabel], {
      x: frame.right,
      y: frame.bottom + 30,
      anchor: 'end',
      text: String,
    });
    textMarks(titles, [data.yLabel], {
      className: 'axis__title',
      transform: `translate(12,${top + plotHeight / 2}) rotate(-90)`,
      anchor: 'middle',
      text: String,
    });
    if (data.marker) {
      const marker = frame.layer('series-plot__marker');
      ruleX(marker, [data.marker], {
        x: (m) => x(m.x),
        y1: frame.top,
        y2: frame.bottom,
        dash: '3 3',
      }).style('stroke', 'var(--fg)');
      textMarks(marker, [data.marker], { x: (m) => x(m.x) + 4, y: top + 12, text: (m) => m.label })
        .style('fill', 'var(--fg)')
        .style('font-size', '11px');
    }
    frame
      .layer('series-plot__lines')
      .selectAll('path')
      .data(data.series)
      .join('path')
      .attr('data-label', (s) => s.label)
      .attr('d', (s) =>
        linePath(Array.from(s.values), (_, i) => x(data.x0 + i * dx), y, Number.isFinite),
      )
      .style('fill', 'none')
      .style('stroke', (s) => s.colour)
      .style('stroke-width', '1.75')
      .style('stroke-dasharray', (s) => s.dash ?? '');
    drawLegend(frame, data.series, perRow);
  };

  return redrawOnResize(el, draw, () => frame?.svg.remove());
}
