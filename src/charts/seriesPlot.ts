import { scaleLinear, scaleLog } from 'd3-scale';
import { select } from 'd3-selection';
import type { Chart } from './chart';

/**
 * Line plot of one or more series over equally spaced time steps, on a linear or logarithmic
 * y axis, with an optional vertical marker (for example the step where a network switches from
 * teacher forcing to running free). Each series has a colour AND a dash pattern, and the legend
 * names it, so colour is never the only signal. It fills the width of its container and
 * redraws when that width changes. Uses no d3-shape/d3-axis: paths and ticks are drawn here.
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
  /** x of every series' first value; x grows by 1 per value. */
  readonly x0: number;
  readonly series: readonly PlotSeries[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly marker?: { readonly x: number; readonly label: string };
  /** Fixed y range; otherwise the data's (on a log axis: whole decades around the data). */
  readonly yDomain?: readonly [number, number];
}

const MARGIN = { top: 8, right: 12, bottom: 34, left: 56 };
const LEGEND_ROW = 18;
const DEFAULT_WIDTH = 640;

/** "1e−15" for powers of ten, compact decimals otherwise. */
export function tickLabel(v: number, log: boolean): string {
  if (v === 0) return '0';
  if (log) return `1e${Math.round(Math.log10(v))}`.replace('-', '−');
  const abs = Math.abs(v);
  const text = abs >= 1e4 || abs < 1e-3 ? v.toExponential(0) : String(Number(v.toPrecision(4)));
  return text.replace('-', '−');
}

/** The y range: fixed, or the data's; on a log axis, whole decades (at least one). */
export function yExtent(
  series: readonly PlotSeries[],
  log: boolean,
  floor: number,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (let i = 0; i < s.values.length; i++) {
      let v = s.values[i]!;
      if (!Number.isFinite(v)) continue;
      if (log) v = Math.max(v, floor);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  if (lo > hi) return log ? [floor, 1] : [-1, 1];
  if (log) {
    const a = Math.floor(Math.log10(lo));
    const b = Math.max(Math.ceil(Math.log10(hi)), a + 1);
    return [10 ** a, 10 ** b];
  }
  if (lo === hi) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

/** An SVG path through the finite points; a non-finite value breaks the line. */
export function linePath(
  values: ArrayLike<number>,
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  }
  return d;
}

export function createSeriesPlot(el: Element, opts: SeriesPlotOptions = {}): Chart<SeriesPlotData> {
  const log = opts.yScale === 'log';
  const floor = opts.logFloor ?? 1e-17;
  const plotHeight = opts.height ?? 180;
  const svg = select(el).append('svg').attr('class', 'series-plot').attr('aria-hidden', 'true');
  let last: SeriesPlotData | null = null;

  const draw = (data: SeriesPlotData) => {
    const width = Math.max(240, el.clientWidth || DEFAULT_WIDTH);
    const legendRows = Math.ceil(data.series.length / Math.max(1, Math.floor(width / 150)));
    const top = MARGIN.top + legendRows * LEGEND_ROW;
    const height = top + plotHeight + MARGIN.bottom;
    const n = Math.max(1, ...data.series.map((s) => s.values.length));
    const x = scaleLinear([data.x0, data.x0 + n - 1], [MARGIN.left, width - MARGIN.right]);
    const domain = data.yDomain ?? yExtent(data.series, log, floor);
    const yLin = scaleLinear(domain, [top + plotHeight, top]);
    const yLog = scaleLog(domain, [top + plotHeight, top]).clamp(true);
    const y = (v: number) => (log ? yLog(Math.max(v, floor)) : yLin(v));
    const yTicks = log
      ? yLog.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9)
      : yLin.ticks(5);
    const decades = yTicks.length;
    const shownYTicks =
      log && decades > 6 ? yTicks.filter((_, i) => i % Math.ceil(decades / 6) === 0) : yTicks;

    svg.selectAll('*').remove();
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    const axes = svg.append('g').style('color', 'var(--muted)').style('font-size', '11px');
    axes
      .selectAll('line.y-tick')
      .data(shownYTicks)
      .join('line')
      .attr('class', 'y-tick')
      .attr('x1', MARGIN.left)
      .attr('x2', width - MARGIN.right)
      .attr('y1', (t) => y(t))
      .attr('y2', (t) => y(t))
      .style('stroke', 'var(--rule)');
    axes
      .selectAll('text.y-label')
      .data(shownYTicks)
      .join('text')
      .attr('class', 'y-label')
      .attr('x', MARGIN.left - 6)
      .attr('y', (t) => y(t) + 4)
      .attr('text-anchor', 'end')
      .style('fill', 'currentColor')
      .text((t) => tickLabel(t, log));
    const xTicks = x.ticks(Math.max(2, Math.floor(width / 110)));
    axes
      .selectAll('text.x-label')
      .data(xTicks)
      .join('text')
      .attr('class', 'x-label')
      .attr('x', (t) => x(t))
      .attr('y', top + plotHeight + 15)
      .attr('text-anchor', 'middle')
      .style('fill', 'currentColor')
      .text((t) => tickLabel(t, false));
    axes
      .append('line')
      .attr('x1', MARGIN.left)
      .attr('x2', width - MARGIN.right)
      .attr('y1', top + plotHeight)
      .attr('y2', top + plotHeight)
      .style('stroke', 'currentColor');
    axes
      .append('text')
      .attr('x', width - MARGIN.right)
      .attr('y', top + plotHeight + 30)
      .attr('text-anchor', 'end')
      .style('fill', 'currentColor')
      .text(data.xLabel);
    axes
      .append('text')
      .attr('transform', `translate(12,${top + plotHeight / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .style('fill', 'currentColor')
      .text(data.yLabel);

    if (data.marker) {
      const mx = x(data.marker.x);
      const m = svg.append('g').attr('class', 'series-plot__marker');
      m.append('line')
        .attr('x1', mx)
        .attr('x2', mx)
        .attr('y1', top)
        .attr('y2', top + plotHeight)
        .style('stroke', 'var(--fg)')
        .style('stroke-dasharray', '3 3');
      m.append('text')
        .attr('x', mx + 4)
        .attr('y', top + 12)
        .style('fill', 'var(--fg)')
        .style('font-size', '11px')
        .text(data.marker.label);
    }

    svg
      .append('g')
      .attr('class', 'series-plot__lines')
      .selectAll('path')
      .data(data.series)
      .join('path')
      .attr('data-label', (s) => s.label)
      .attr('d', (s) => linePath(s.values, (i) => x(data.x0 + i), y))
      .style('fill', 'none')
      .style('stroke', (s) => s.colour)
      .style('stroke-width', '1.75')
      .style('stroke-dasharray', (s) => s.dash ?? '');

    const perRow = Math.max(1, Math.floor(width / 150));
    const legend = svg
      .append('g')
      .attr('class', 'series-plot__legend')
      .selectAll('g')
      .data(data.series)
      .join('g')
      .attr(
        'transform',
        (_, i) =>
          `translate(${MARGIN.left + (i % perRow) * 150},${MARGIN.top + Math.floor(i / perRow) * LEGEND_ROW})`,
      );
    legend
      .append('line')
      .attr('x1', 0)
      .attr('x2', 26)
      .attr('y1', 8)
      .attr('y2', 8)
      .style('stroke', (s) => s.colour)
      .style('stroke-width', '2.5')
      .style('stroke-dasharray', (s) => s.dash ?? '');
    legend
      .append('text')
      .attr('x', 32)
      .attr('y', 12)
      .style('fill', 'var(--fg)')
      .style('font-size', '12px')
      .text((s) => s.label);
  };

  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (last) draw(last);
        });
  observer?.observe(el);

  return {
    update(data) {
      last = data;
      draw(data);
    },
    destroy() {
      observer?.disconnect();
      svg.remove();
    },
  };
}
