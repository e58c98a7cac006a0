import { select } from 'd3-selection';
import {
  appendAxes,
  appendAxisTitles,
  createFrame,
  decadeTicks,
  dots,
  drawable,
  drawAxes,
  extentOf,
  linePath,
  powerOfTen,
  scaleOf,
} from './base';
import type { Chart } from './chart';

/**
 * Lines on a logarithmic y axis against a linear x axis (e.g. a gradient norm against the time
 * lag). Series differ by dash and marker, not colour alone. Values ≤ 0 or not finite are left
 * out; the y range follows the first series (the measurement), widened to include the others
 * within `span` decades of it, and lines beyond it are clipped.
 */
export interface LogLinesOptions {
  readonly xLabel: string;
  readonly yLabel: string;
  /** Decades the y range may extend beyond the first series' range. Default 3. */
  readonly span?: number;
}

export interface LogSeries {
  readonly id: string;
  readonly label: string;
  readonly values: readonly number[];
  readonly dash?: string;
  readonly marker?: 'circle' | 'none';
}

const HEIGHT = 320;

/** The y range: the first series' positive finite range, widened to the others by ≤ span decades. */
export function logRange(series: readonly LogSeries[], span = 3): [number, number] {
  const first = extentOf(series[0]?.values ?? [], 'log');
  if (!first) return [1e-3, 1e3];
  const [floor, ceil] = [first[0] / 10 ** span, first[1] * 10 ** span];
  const others = extentOf(
    series.slice(1).flatMap((s) => s.values),
    'log',
  );
  let lo = Math.min(first[0], Math.max(others?.[0] ?? Infinity, floor));
  let hi = Math.max(first[1], Math.min(others?.[1] ?? -Infinity, ceil));
  if (hi / lo < 10) {
    lo /= 3;
    hi *= 3;
  }
  return [lo, hi];
}

export function createLogLines(el: Element, opts: LogLinesOptions): Chart<readonly LogSeries[]> {
  const frame = createFrame(el, {
    className: 'log-lines',
    width: 560,
    height: HEIGHT,
    margin: { top: 14, right: 16, bottom: 42, left: 58 },
    clipBleed: 4,
  });
  const axes = appendAxes(frame);
  const plot = frame.layer(undefined, true);
  appendAxisTitles(frame.svg, frame, opts);

  return {
    update(series) {
      const n = Math.max(1, ...series.map((s) => s.values.length));
      const x = scaleOf('linear', [0, Math.max(1, n - 1)], [frame.left, frame.right]);
      const y = scaleOf('log', logRange(series, opts.span ?? 3), [frame.bottom, frame.top]);
      drawAxes(axes, frame, x, y, {
        x: { ticks: x.ticks(8), format: String },
        y: { ticks: decadeTicks(y.domain(), 8), format: powerOfTen },
      });
      const groups = plot
        .selectAll<SVGGElement, LogSeries>('g.series')
        .data(series, (s) => s.id)
        .join((enter) => {
          const g = enter.append('g').attr('class', (s) => `series series--${s.id}`);
          g.append('path').attr('class', 'series__line');
          g.append('g').attr('class', 'series__markers');
          return g;
        });
      groups
        .select('path.series__line')
        .attr('stroke-dasharray', (s) => s.dash ?? null)
        .attr('d', (s) =>
          linePath(
            s.values,
            (_, i) => x(i),
            // Far outside the range, clamp so the line leaves the plot instead of vanishing.
            (v) => Math.max(-HEIGHT, Math.min(2 * HEIGHT, y(v))),
            (v) => drawable(v, 'log'),
          ),
        );
      groups.each(function (s) {
        const points = s.values
          .map((v, i) => [i, v] as const)
          .filter(([, v]) => drawable(v, 'log'));
        dots(
          select(this).select<SVGGElement>('g.series__markers'),
          s.marker === 'circle' ? points : [],
          {
            r: 2.5,
            cx: ([i]) => x(i),
            cy: ([, v]) => y(v),
          },
        );
      });
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
