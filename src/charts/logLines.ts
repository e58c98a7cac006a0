import { scaleLinear, scaleLog } from 'd3-scale';
import { select } from 'd3-selection';
import { appendAxisTitles } from './axisTitles';
import { appendClippedFrame } from './clippedFrame';
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

const WIDTH = 560;
const HEIGHT = 320;
const M = { top: 14, right: 16, bottom: 42, left: 58 };

/** The y range: the first series' positive finite range, widened to the others by ≤ span decades. */
export function logRange(series: readonly LogSeries[], span = 3): [number, number] {
  const ok = (v: number) => Number.isFinite(v) && v > 0;
  const first = series[0]?.values.filter(ok) ?? [];
  if (first.length === 0) return [1e-3, 1e3];
  let lo = Math.min(...first);
  let hi = Math.max(...first);
  const floor = lo / 10 ** span;
  const ceil = hi * 10 ** span;
  for (const s of series.slice(1))
    for (const v of s.values.filter(ok)) {
      lo = Math.min(lo, Math.max(v, floor));
      hi = Math.max(hi, Math.min(v, ceil));
    }
  if (hi / lo < 10) {
    lo /= 3;
    hi *= 3;
  }
  return [lo, hi];
}

export function createLogLines(el: Element, opts: LogLinesOptions): Chart<readonly LogSeries[]> {
  const { svg, clip } = appendClippedFrame(el, 'log-lines', { width: WIDTH, height: HEIGHT }, M, 4);
  const grid = svg.append('g').attr('class', 'log-lines__grid');
  const axes = svg.append('g').attr('class', 'log-lines__axes');
  const plot = svg.append('g').attr('clip-path', clip);
  appendAxisTitles(svg, { width: WIDTH, height: HEIGHT, margin: M }, opts, 'log-lines__label');

  return {
    update(series) {
      const n = Math.max(1, ...series.map((s) => s.values.length));
      const sx = scaleLinear([0, Math.max(1, n - 1)], [M.left, WIDTH - M.right]);
      const sy = scaleLog(logRange(series, opts.span ?? 3), [HEIGHT - M.bottom, M.top]);
      // One tick per decade (at most ~8 labelled).
      const [lo, hi] = sy.domain() as [number, number];
      const decades: number[] = [];
      for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) decades.push(e);
      const stride = Math.ceil(decades.length / 8);
      const shown = decades.filter((_, i) => i % stride === 0);
      grid
        .selectAll('line')
        .data(shown)
        .join('line')
        .attr('x1', M.left)
        .attr('x2', WIDTH - M.right)
        .attr('y1', (e) => sy(10 ** e))
        .attr('y2', (e) => sy(10 ** e));
      axes
        .selectAll('text.y')
        .data(shown)
        .join('text')
        .attr('class', 'y')
        .attr('x', M.left - 6)
        .attr('y', (e) => sy(10 ** e) + 4)
        .attr('text-anchor', 'end')
        .text((e) => `1e${e}`.replace('-', '−'));
      axes
        .selectAll('text.x')
        .data(sx.ticks(8))
        .join('text')
        .attr('class', 'x')
        .attr('x', (t) => sx(t))
        .attr('y', HEIGHT - M.bottom + 16)
        .attr('text-anchor', 'middle')
        .text(String);
      const ok = (v: number) => Number.isFinite(v) && v > 0;
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
        .attr('d', (s) => {
          let d = '';
          let pen = false;
          s.values.forEach((v, i) => {
            if (!ok(v)) {
              pen = false;
              return;
            }
            // Far outside the range, clamp so the line leaves the plot instead of vanishing.
            const y = Math.max(-HEIGHT, Math.min(2 * HEIGHT, sy(v)));
            d += `${pen ? 'L' : 'M'}${sx(i).toFixed(1)},${y.toFixed(1)}`;
            pen = true;
          });
          return d;
        });
      groups.each(function (s) {
        select(this)
          .select('g.series__markers')
          .selectAll('circle')
          .data(
            s.marker === 'circle'
              ? s.values.map((v, i) => [i, v] as const).filter(([, v]) => ok(v))
              : [],
          )
          .join('circle')
          .attr('r', 2.5)
          .attr('cx', ([i]) => sx(i))
          .attr('cy', ([, v]) => sy(v));
      });
    },
    destroy() {
      svg.remove();
    },
  };
}
