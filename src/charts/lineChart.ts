import {
  appendAxes,
  appendAxisTitles,
  createFrame,
  drawable,
  drawAxes,
  extentOf,
  linePath,
  plainTick,
  safeExtent,
  scaleOf,
  ticksOf,
  type ScaleKind,
} from './base';
import type { Chart } from './chart';
import { spreadLabels } from './endLabels';

/**
 * Lines over linear or logarithmic axes, with ticks, axis titles and a label at the end of
 * each line. Series are told apart by dash pattern and end label as well as colour (series i
 * gets the i-th pattern), so the chart reads in greyscale. Non-finite or non-positive-on-log
 * points are skipped.
 */
export interface LineSeries {
  readonly key: string;
  readonly label: string;
  readonly points: readonly (readonly [number, number])[];
}

export interface LineChartOptions {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xLog?: boolean;
  readonly yLog?: boolean;
  readonly ariaLabel: string;
  /** Fixed y domain; by default the data's range. */
  readonly yDomain?: readonly [number, number];
  readonly width?: number;
  readonly height?: number;
}

const DASHES = [null, '7 4', '2 3', '10 3 2 3', '4 4'];
const MARGIN = { top: 12, right: 92, bottom: 40, left: 56 };

export function createLineChart(el: Element, opts: LineChartOptions): Chart<readonly LineSeries[]> {
  const frame = createFrame(el, {
    className: 'line-chart',
    width: opts.width ?? 520,
    height: opts.height ?? 240,
    margin: MARGIN,
    ariaLabel: opts.ariaLabel,
  });
  const axes = appendAxes(frame);
  appendAxisTitles(frame.svg, frame, opts, 12);
  const lines = frame.layer();
  const xKind: ScaleKind = opts.xLog ? 'log' : 'linear';
  const yKind: ScaleKind = opts.yLog ? 'log' : 'linear';

  return {
    update(series) {
      const clean = series.map((s, i) => ({
        ...s,
        i,
        points: s.points.filter(([x, y]) => drawable(x, xKind) && drawable(y, yKind)),
      }));
      const all = clean.flatMap((s) => s.points);
      const xDomain = safeExtent(extentOf(all.map((p) => p[0])), xKind);
      const yDomain = opts.yDomain ?? safeExtent(extentOf(all.map((p) => p[1])), yKind);
      const x = scaleOf(xKind, xDomain, [frame.left, frame.right]);
      const y = scaleOf(yKind, yDomain, [frame.bottom, frame.top]);
      if (yKind === 'linear' && !opts.yDomain) y.nice();
      drawAxes(axes, frame, x, y, {
        x: { ticks: ticksOf(x, xKind, 5), format: (v) => plainTick(v, !!opts.xLog) },
        y: { ticks: ticksOf(y, yKind, 5), format: (v) => plainTick(v, !!opts.yLog) },
      });
      const groups = lines
        .selectAll<SVGGElement, (typeof clean)[number]>('g.line')
        .data(clean, (d) => d.key)
        .join((enter) => {
          const s = enter.append('g').attr('class', 'line');
          s.append('path').attr('fill', 'none');
          s.append('text').attr('class', 'line__label');
          return s;
        })
        .attr('data-series', (d) => d.key)
        .attr('class', (d) => `line line--${d.i}`);
      groups
        .select('path')
        .attr('stroke-dasharray', (d) => DASHES[d.i % DASHES.length] ?? null)
        .attr('d', (d) =>
          linePath(
            d.points,
            (p) => x(p[0]),
            (p) => y(p[1]),
          ),
        );
      // End labels, nudged apart so two lines ending together stay readable, and kept above
      // the x axis (their baseline sits 4 px below the place).
      const ends = clean.filter((d) => d.points.length > 0);
      const places = spreadLabels(
        ends.map((d) => y(d.points[d.points.length - 1]![1])),
        12,
        frame.top + 4,
        frame.bottom - 4,
      );
      const endY = new Map(ends.map((d, k) => [d.key, places[k]!]));
      groups
        .select('text.line__label')
        .attr('x', (d) => (d.points.length ? x(d.points[d.points.length - 1]![0]) + 6 : 0))
        .attr('y', (d) => (endY.get(d.key) ?? 0) + 4)
        .text((d) => (d.points.length ? d.label : ''));
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
