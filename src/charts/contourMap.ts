import { scaleSequential } from 'd3-scale';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { select } from 'd3-selection';
import { appendAxes, appendAxisTitles, createFrame, drawAxes, ruleX, ruleY, scaleOf } from './base';
import type { Chart } from './chart';
import { bandRuns, isolineSegments } from './isolines';

/**
 * A contour map of a scalar field over a rectangle of the (x, y) plane — colour bands between
 * levels, iso-lines at the levels — with trajectories drawn on top and a crosshair. Pointer
 * clicks and moves are reported in data coordinates. The field is usually log-scaled by the
 * caller; this chart only bands what it is given.
 */
export interface ContourMapOptions {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly levels: readonly number[];
  readonly onPick?: (x: number, y: number) => void;
  readonly onHover?: (point: { x: number; y: number } | null) => void;
}

export interface Trajectory {
  readonly id: string;
  readonly label: string;
  /** Drawn solid with circles, or dashed with squares: the two runs differ by more than colour. */
  readonly style: 'solid' | 'dashed';
  readonly points: readonly (readonly [number, number])[];
  /** The step to mark (index k: from points[k−1] to points[k]), with its caption. */
  readonly mark?: { readonly k: number; readonly text: string };
}

export interface ContourMapData {
  /** Row-major samples, rows along y from y[0], columns along x from x[0]. */
  readonly field: ArrayLike<number>;
  readonly n: number;
  readonly trajectories: readonly Trajectory[];
  readonly crosshair: { readonly x: number; readonly y: number } | null;
}

/** The fill of band k of `bands` (low values dark, high values light). */
export function bandColour(k: number, bands: number): string {
  return scaleSequential(interpolateYlGnBu).domain([bands, 0])(k + 0.5);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function createContourMap(el: Element, opts: ContourMapOptions): Chart<ContourMapData> {
  const frame = createFrame(el, {
    className: 'contour-map',
    width: 560,
    height: 460,
    margin: { top: 12, right: 14, bottom: 44, left: 52 },
    clipBleed: 0,
  });
  const { svg } = frame;
  const sx = scaleOf('linear', opts.x, [frame.left, frame.right]);
  const sy = scaleOf('linear', opts.y, [frame.bottom, frame.top]);
  const plot = frame.layer(undefined, true);
  const bands = plot.append('g').attr('class', 'contour-map__bands');
  const lines = plot.append('path').attr('class', 'contour-map__lines');
  // Halos (a background-coloured outline under every line) in their own layer, so one run's
  // halo never covers the other run.
  const halos = plot.append('g').attr('class', 'contour-map__halos');
  const paths = plot.append('g').attr('class', 'contour-map__paths');
  const cross = plot.append('g').attr('class', 'contour-map__crosshair');
  const crossLines = cross.append('g');
  cross.append('circle').attr('r', 6);

  const axes = frame.layer('contour-map__axes');
  drawAxes(appendAxes(frame), frame, sx, sy, {
    x: { ticks: sx.ticks(10), format: String },
    y: { ticks: sy.ticks(10), format: String },
    grid: false,
  });
  appendAxisTitles(axes, frame, opts);
  axes
    .append('rect')
    .attr('class', 'contour-map__frame')
    .attr('x', frame.left)
    .attr('y', frame.top)
    .attr('width', frame.right - frame.left)
    .attr('height', frame.bottom - frame.top);

  // Pointer → data coordinates through the SVG's own transform (the SVG is scaled by CSS).
  const toData = (event: MouseEvent): { x: number; y: number } | null => {
    const node = svg.node()!;
    const ctm = node.getScreenCTM?.();
    if (!ctm) return null;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const x = sx.invert(p.x);
    const y = sy.invert(p.y);
    const inside = x >= opts.x[0] && x <= opts.x[1] && y >= opts.y[0] && y <= opts.y[1];
    return inside ? { x, y } : null;
  };
  svg.on('click', (event: MouseEvent) => {
    const p = toData(event);
    if (p) opts.onPick?.(p.x, p.y);
  });
  svg.on('mousemove', (event: MouseEvent) => opts.onHover?.(toData(event)));
  svg.on('mouseleave', () => opts.onHover?.(null));

  let drawnField: ArrayLike<number> | null = null;
  let drawnTrajectories: readonly Trajectory[] | null = null;

  const drawCrosshair = (crosshair: ContourMapData['crosshair']) => {
    cross.attr('display', crosshair ? null : 'none');
    if (!crosshair) return;
    const cx = sx(crosshair.x);
    const cy = sy(crosshair.y);
    ruleY(crossLines, [cy], { className: 'h', y: cy, x1: frame.left, x2: frame.right });
    ruleX(crossLines, [cx], { className: 'v', x: cx, y1: frame.top, y2: frame.bottom });
    cross.select('circle').attr('cx', cx).attr('cy', cy);
  };

  const drawField = (field: ArrayLike<number>, n: number) => {
    const dx = (opts.x[1] - opts.x[0]) / (n - 1);
    const dy = (opts.y[1] - opts.y[0]) / (n - 1);
    const nBands = opts.levels.length + 1;
    // Each sample is the centre of a cell one grid step wide.
    bands
      .selectAll('rect')
      .data(bandRuns(field, n, n, opts.levels))
      .join('rect')
      .attr('x', (r) => sx(opts.x[0] + (r.from - 0.5) * dx))
      .attr('width', (r) => sx(opts.x[0] + (r.to + 0.5) * dx) - sx(opts.x[0] + (r.from - 0.5) * dx))
      .attr('y', (r) => sy(opts.y[0] + (r.row + 0.5) * dy))
      .attr(
        'height',
        // Half a pixel of overlap keeps anti-aliasing seams out between rows.
        (r) => sy(opts.y[0] + (r.row - 0.5) * dy) - sy(opts.y[0] + (r.row + 0.5) * dy) + 0.5,
      )
      .attr('fill', (r) => (r.band < 0 ? 'transparent' : bandColour(r.band, nBands)))
      .attr('data-band', (r) => r.band);
    let d = '';
    const X = (j: number) => sx(opts.x[0] + j * dx).toFixed(1);
    const Y = (i: number) => sy(opts.y[0] + i * dy).toFixed(1);
    for (const level of opts.levels)
      for (const [x0, y0, x1, y1] of isolineSegments(field, n, n, level))
        d += `M${X(x0)},${Y(y0)}L${X(x1)},${Y(y1)}`;
    lines.attr('d', d);
  };

  return {
    update({ field, n, trajectories, crosshair }) {
      if (field !== drawnField) {
        drawField(field, n);
        drawnField = field;
      }
      drawCrosshair(crosshair);
      if (trajectories === drawnTrajectories) return;
      drawnTrajectories = trajectories;
      const groups = paths
        .selectAll<SVGGElement, Trajectory>('g.trajectory')
        .data(trajectories, (t) => t.id)
        .join((enter) => {
          const g = enter.append('g').attr('class', (t) => `trajectory trajectory--${t.id}`);
          g.append('path').attr('class', 'trajectory__line');
          g.append('g').attr('class', 'trajectory__markers');
          g.append('line').attr('class', 'trajectory__mark');
          g.append('text').attr('class', 'trajectory__mark-text');
          g.append('text').attr('class', 'trajectory__label');
          return g;
        })
        .attr('data-points', (t) => t.points.length);
      const line = (t: Trajectory) =>
        t.points
          .map(([x, y], i) => `${i ? 'L' : 'M'}${sx(x).toFixed(2)},${sy(y).toFixed(2)}`)
          .join('');
      halos
        .selectAll<SVGPathElement, Trajectory>('path')
        .data(trajectories, (t) => t.id)
        .join('path')
        .attr('class', 'trajectory__halo')
        .attr('d', line);
      groups
        .select('path.trajectory__line')
        .attr('d', line)
        .attr('stroke-dasharray', (t) => (t.style === 'dashed' ? '7 4' : null));
      groups.each(function (t) {
        const markers = select(this)
          .select('g.trajectory__markers')
          .selectAll<SVGPathElement, readonly [number, number]>('path')
          .data(t.points)
          .join('path')
          .attr('d', (p) =>
            t.style === 'solid'
              ? `M${sx(p[0]) - 2.5},${sy(p[1])}a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0`
              : `M${sx(p[0]) - 2.5},${sy(p[1]) - 2.5}h5v5h-5z`,
          );
        markers.attr('class', (_, i) => (i === 0 ? 'start' : ''));
        const last = t.points.at(-1);
        select(this)
          .select('text.trajectory__label')
          .attr('x', last ? sx(last[0]) + 8 : 0)
          .attr('y', last ? sy(last[1]) + (t.style === 'solid' ? -8 : 16) : 0)
          .text(last ? t.label : '');
        const mark = t.mark && t.points[t.mark.k] ? t.mark : null;
        const from = mark ? t.points[mark.k - 1]! : null;
        const to = mark ? t.points[mark.k]! : null;
        select(this)
          .select('line.trajectory__mark')
          .attr('display', mark ? null : 'none')
          .attr('x1', from ? sx(from[0]) : 0)
          .attr('y1', from ? sy(from[1]) : 0)
          .attr('x2', to ? sx(to[0]) : 0)
          .attr('y2', to ? sy(to[1]) : 0);
        // The caption goes along the marked step, a little way from its start (the landing
        // point of a catapult may be far outside the map), kept inside the plot.
        let tx = 0;
        let ty = 0;
        if (from && to) {
          const dx = sx(to[0]) - sx(from[0]);
          const dy = sy(to[1]) - sy(from[1]);
          const len = Math.hypot(dx, dy) || 1;
          const along = Math.min(len / 2, 60);
          tx = clamp(sx(from[0]) + (dx / len) * along + 10, frame.left + 4, frame.right - 170);
          ty = clamp(sy(from[1]) + (dy / len) * along + 4, frame.top + 14, frame.bottom - 6);
        }
        select(this)
          .select('text.trajectory__mark-text')
          .attr('x', tx)
          .attr('y', ty)
          .text(mark?.text ?? '');
      });
    },
    destroy() {
      svg.remove();
    },
  };
}
