import { select } from 'd3-selection';
import {
  appendAxes,
  appendAxisTitles,
  createFrame,
  dots,
  drawAxes,
  joinMarks,
  linePath,
  rects,
  scaleOf,
  textMarks,
} from './base';
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

type Known = { readonly lag: number; readonly share: number };

export function createSuccessByLag(
  el: Element,
  opts: SuccessByLagOptions,
): Chart<SuccessByLagData> {
  const frame = createFrame(el, {
    className: 'success-chart',
    width: 560,
    height: 260,
    margin: { top: 14, right: 110, bottom: 42, left: 52 },
    ariaLabel: opts.ariaLabel,
  });
  const axes = appendAxes(frame);
  appendAxisTitles(frame.svg, frame, opts, 12);
  const lines = frame.layer();
  const y = scaleOf('linear', [0, 1], [frame.bottom, frame.top]);

  return {
    update({ lags, series }) {
      const lo = Math.min(...lags);
      const x = scaleOf('log', [lo, Math.max(...lags, lo * 2)], [frame.left, frame.right]);
      drawAxes(axes, frame, x, y, {
        x: { ticks: lags, format: String },
        y: { ticks: [0, 0.25, 0.5, 0.75, 1], format: (v) => `${v * 100}%` },
      });
      const groups = lines
        .selectAll<SVGGElement, SuccessSeries>('g.series')
        .data(series, (d) => d.key)
        .join('g')
        .attr('class', (d) => `series series--${d.marker}`)
        .attr('data-series', (d) => d.key);
      groups.each(function (s) {
        const g = select<SVGGElement, unknown>(this);
        const known = s.points.filter((p): p is Known => p.share !== null);
        const d = linePath(
          known,
          (p) => x(p.lag),
          (p) => y(p.share),
        );
        joinMarks(g, 'path', 'series__line', [d], {
          d: (v) => v,
          fill: 'none',
          'stroke-dasharray': s.marker === 'square' ? '6 4' : null,
        });
        if (s.marker === 'circle')
          dots(g, known, {
            className: 'marker',
            r: 4.5,
            cx: (p) => x(p.lag),
            cy: (p) => y(p.share),
          });
        else
          rects(g, known, {
            className: 'marker',
            x: (p) => x(p.lag) - 4,
            y: (p) => y(p.share) - 4,
            width: 8,
            height: 8,
          });
        const last = known.slice(-1);
        textMarks(g, last, {
          className: 'series-label',
          x: (p) => x(p.lag) + 9,
          y: (p) => y(p.share) + (s.marker === 'square' ? -6 : 14),
          text: () => s.label,
        });
      });
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
