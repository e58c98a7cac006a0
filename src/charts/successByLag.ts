import { scaleLinear, scaleLog } from 'd3-scale';
import { select } from 'd3-selection';
import type { Chart } from './chart';

/**
 * Share of runs that succeeded against a lag, one line per method, on a log₂ lag axis. Each
 * method has its own marker shape and dash pattern and is labelled at its line's end, so the
 * lines never rely on colour alone. Methods without a result yet at a lag leave a gap.
 */
export interface SuccessSeries {
  readonly key: string;
  readonly label: string;
  /** 'circle' or 'square' markers; the line is solid or dashed to match. */
  readonly marker: 'circle' | 'square';
  readonly points: readonly { readonly lag: number; readonly share: number | null }[];
}

export interface SuccessByLagOptions {
  readonly xLabel: string;
  readonly yLabel: string;
  /** The chart's accessible name (the numbers are in the widget's table). */
  readonly ariaLabel: string;
}

export interface SuccessByLagData {
  readonly lags: readonly number[];
  readonly series: readonly SuccessSeries[];
}

const WIDTH = 560;
const HEIGHT = 260;
const M = { top: 14, right: 110, bottom: 42, left: 52 };

export function createSuccessByLag(
  el: Element,
  opts: SuccessByLagOptions,
): Chart<SuccessByLagData> {
  const svg = select(el)
    .append('svg')
    .attr('class', 'success-chart')
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('role', 'img')
    .attr('aria-label', opts.ariaLabel);
  const plot = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
  const w = WIDTH - M.left - M.right;
  const h = HEIGHT - M.top - M.bottom;
  const y = scaleLinear([0, 1], [h, 0]);
  const yAxis = plot.append('g').attr('class', 'axis axis--y');
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    yAxis
      .append('line')
      .attr('x1', 0)
      .attr('x2', w)
      .attr('y1', y(v))
      .attr('y2', y(v))
      .attr('class', 'grid');
    yAxis
      .append('text')
      .attr('x', -6)
      .attr('y', y(v) + 4)
      .attr('text-anchor', 'end')
      .text(`${v * 100}%`);
  }
  plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(${-40},${h / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(opts.yLabel);
  const xAxis = plot
    .append('g')
    .attr('class', 'axis axis--x')
    .attr('transform', `translate(0,${h})`);
  plot
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', w / 2)
    .attr('y', h + 36)
    .attr('text-anchor', 'middle')
    .text(opts.xLabel);
  const lines = plot.append('g');

  return {
    update({ lags, series }) {
      const x = scaleLog()
        .base(2)
        .domain([Math.min(...lags), Math.max(Math.max(...lags), Math.min(...lags) * 2)])
        .range([0, w]);
      xAxis
        .selectAll('text')
        .data(lags)
        .join('text')
        .attr('x', (d) => x(d))
        .attr('y', 16)
        .attr('text-anchor', 'middle')
        .text((d) => String(d));
      const groups = lines
        .selectAll<SVGGElement, SuccessSeries>('g.series')
        .data(series, (d) => d.key)
        .join('g')
        .attr('class', (d) => `series series--${d.marker}`)
        .attr('data-series', (d) => d.key);
      groups.each(function (s) {
        const g = select(this);
        const known = s.points.filter((p): p is { lag: number; share: number } => p.share !== null);
        const d = known.map((p, i) => `${i ? 'L' : 'M'}${x(p.lag)},${y(p.share)}`).join('');
        g.selectAll('path')
          .data([d])
          .join('path')
          .attr('d', (v) => v)
          .attr('fill', 'none')
          .attr('stroke-dasharray', s.marker === 'square' ? '6 4' : null);
        g.selectAll<SVGElement, (typeof known)[number]>('.marker')
          .data(known)
          .join(s.marker === 'circle' ? 'circle' : 'rect')
          .attr('class', 'marker')
          .attr('cx', (p) => x(p.lag))
          .attr('cy', (p) => y(p.share))
          .attr('r', 4.5)
          .attr('x', (p) => x(p.lag) - 4)
          .attr('y', (p) => y(p.share) - 4)
          .attr('width', 8)
          .attr('height', 8);
        const last = known[known.length - 1];
        g.selectAll('text')
          .data(last ? [last] : [])
          .join('text')
          .attr('class', 'series-label')
          .attr('x', (p) => x(p.lag) + 9)
          .attr('y', (p) => y(p.share) + (s.marker === 'square' ? -6 : 14))
          .text(s.label);
      });
    },
    destroy() {
      svg.remove();
    },
  };
}
