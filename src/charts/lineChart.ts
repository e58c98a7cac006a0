import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { select } from 'd3-selection';
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
const M = { top: 12, right: 92, bottom: 40, left: 56 };

function ticksOf(scale: ScaleContinuousNumeric<number, number>, log: boolean): number[] {
  if (!log) return scale.ticks(5);
  const [lo, hi] = scale.domain() as [number, number];
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    const v = 10 ** e;
    if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
  }
  return out.length >= 2 ? out : scale.ticks(4);
}

function tickText(v: number, log: boolean): string {
  if (log && (v >= 1e4 || v < 1e-2)) return `1e${Math.round(Math.log10(v))}`;
  return Math.abs(v) >= 1000 ? v.toLocaleString('en') : String(+v.toPrecision(3));
}

export function createLineChart(el: Element, opts: LineChartOptions): Chart<readonly LineSeries[]> {
  const W = opts.width ?? 520;
  const H = opts.height ?? 240;
  const w = W - M.left - M.right;
  const h = H - M.top - M.bottom;
  const svg = select(el)
    .append('svg')
    .attr('class', 'line-chart')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img')
    .attr('aria-label', opts.ariaLabel);
  const g = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
  const grid = g.append('g').attr('class', 'grid');
  const xTicks = g.append('g').attr('class', 'ticks').attr('transform', `translate(0,${h})`);
  const yTicks = g.append('g').attr('class', 'ticks');
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', w / 2)
    .attr('y', h + 34)
    .attr('text-anchor', 'middle')
    .text(opts.xLabel);
  g.append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(${-44},${h / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(opts.yLabel);
  const lines = g.append('g');

  return {
    update(series) {
      const ok = (v: number, log?: boolean) => Number.isFinite(v) && (!log || v > 0);
      const clean = series.map((s, i) => ({
        ...s,
        i,
        points: s.points.filter(([x, y]) => ok(x, opts.xLog) && ok(y, opts.yLog)),
      }));
      const xs = clean.flatMap((s) => s.points.map((p) => p[0]));
      const ys = clean.flatMap((s) => s.points.map((p) => p[1]));
      const extent = (v: number[], log?: boolean): [number, number] => {
        if (v.length === 0) return log ? [1, 10] : [0, 1];
        const lo = Math.min(...v);
        const hi = Math.max(...v);
        if (lo === hi) return log ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
        return [lo, hi];
      };
      const x = (opts.xLog ? scaleLog() : scaleLinear())
        .domain(extent(xs, opts.xLog))
        .range([0, w]);
      const y = (opts.yLog ? scaleLog() : scaleLinear())
        .domain(opts.yDomain ? [...opts.yDomain] : extent(ys, opts.yLog))
        .range([h, 0]);
      if (!opts.yLog && !opts.yDomain) y.nice();
      const xt = ticksOf(x, !!opts.xLog);
      const yt = ticksOf(y, !!opts.yLog);
      grid
        .selectAll('line')
        .data(yt)
        .join('line')
        .attr('x1', 0)
        .attr('x2', w)
        .attr('y1', (v) => y(v))
        .attr('y2', (v) => y(v));
      xTicks
        .selectAll('text')
        .data(xt)
        .join('text')
        .attr('x', (v) => x(v))
        .attr('y', 16)
        .attr('text-anchor', 'middle')
        .text((v) => tickText(v, !!opts.xLog));
      yTicks
        .selectAll('text')
        .data(yt)
        .join('text')
        .attr('x', -6)
        .attr('y', (v) => y(v) + 4)
        .attr('text-anchor', 'end')
        .text((v) => tickText(v, !!opts.yLog));
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
          d.points
            .map(([px, py], k) => `${k ? 'L' : 'M'}${x(px).toFixed(1)},${y(py).toFixed(1)}`)
            .join(''),
        );
      // End labels, nudged apart so two lines ending together stay readable, and kept above
      // the x axis (their baseline sits 4 px below the place).
      const ends = clean.filter((d) => d.points.length > 0);
      const places = spreadLabels(
        ends.map((d) => y(d.points[d.points.length - 1]![1])),
        12,
        4,
        h - 4,
      );
      const endY = new Map(ends.map((d, k) => [d.key, places[k]!]));
      groups
        .select('text.line__label')
        .attr('x', (d) => (d.points.length ? x(d.points[d.points.length - 1]![0]) + 6 : 0))
        .attr('y', (d) => (endY.get(d.key) ?? 0) + 4)
        .text((d) => (d.points.length ? d.label : ''));
    },
    destroy() {
      svg.remove();
    },
  };
}
