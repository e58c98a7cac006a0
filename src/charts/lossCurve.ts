import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Chart } from './chart';

/**
 * A training curve: loss against step, with a dashed reference line (for a character model,
 * the loss of an untrained model, log2 V bits). Axes are drawn by hand from the scales' ticks.
 */
export interface LossCurveOptions {
  /** Default: the container's width (260–720 px), or 560 where it has none. */
  readonly width?: number;
  readonly height?: number;
  readonly xLabel: string;
  readonly yLabel: string;
}

export interface LossCurveData {
  readonly points: readonly { readonly step: number; readonly value: number }[];
  readonly reference: { readonly value: number; readonly label: string } | null;
}

/** The SVG path through the points (exported for tests). */
export function linePath(
  points: readonly { step: number; value: number }[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.step).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join('');
}

export function createLossCurve(el: Element, opts: LossCurveOptions): Chart<LossCurveData> {
  // Fit the container's width when it has one (narrow screens keep legible text), else 560.
  const fit = el.getBoundingClientRect().width;
  const width = opts.width ?? (fit > 0 ? Math.max(260, Math.min(fit, 720)) : 560);
  const height = opts.height ?? 200;
  const m = { top: 12, right: 14, bottom: 34, left: 44 };
  const svg = select(el)
    .append('svg')
    .attr('class', 'loss-curve')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('aria-hidden', 'true');
  const xAxis = svg.append('g').attr('class', 'axis axis--x');
  const yAxis = svg.append('g').attr('class', 'axis axis--y');
  const refLine = svg.append('line').attr('class', 'loss-curve__reference');
  const refText = svg.append('text').attr('class', 'loss-curve__reference-label');
  const path = svg.append('path').attr('class', 'loss-curve__line').attr('fill', 'none');
  svg
    .append('text')
    .attr('class', 'axis__label')
    .attr('x', (m.left + width - m.right) / 2)
    .attr('y', height - 4)
    .attr('text-anchor', 'middle')
    .text(opts.xLabel);
  svg
    .append('text')
    .attr('class', 'axis__label')
    .attr('transform', `translate(12,${(m.top + height - m.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(opts.yLabel);

  return {
    update({ points, reference }) {
      const maxStep = Math.max(10, ...points.map((p) => p.step));
      const maxValue = Math.max(reference?.value ?? 0, ...points.map((p) => p.value), 0.5) * 1.08;
      const x = scaleLinear([0, maxStep], [m.left, width - m.right]).nice();
      const y = scaleLinear([0, maxValue], [height - m.bottom, m.top]).nice();
      const ticks = (
        g: typeof xAxis,
        values: number[],
        pos: (v: number) => [number, number],
        anchor: string,
      ) =>
        g
          .selectAll<SVGTextElement, number>('text')
          .data(values)
          .join('text')
          .attr('x', (v) => pos(v)[0])
          .attr('y', (v) => pos(v)[1])
          .attr('text-anchor', anchor)
          .text((v) => String(v));
      ticks(xAxis, x.ticks(5), (v) => [x(v), height - m.bottom + 14], 'middle');
      ticks(yAxis, y.ticks(4), (v) => [m.left - 6, y(v) + 4], 'end');
      yAxis
        .selectAll<SVGLineElement, number>('line')
        .data(y.ticks(4))
        .join('line')
        .attr('x1', m.left)
        .attr('x2', width - m.right)
        .attr('y1', (v) => y(v))
        .attr('y2', (v) => y(v));
      refLine
        .attr('display', reference ? null : 'none')
        .attr('x1', m.left)
        .attr('x2', width - m.right)
        .attr('y1', y(reference?.value ?? 0))
        .attr('y2', y(reference?.value ?? 0));
      refText
        .attr('display', reference ? null : 'none')
        .attr('x', width - m.right)
        .attr('y', y(reference?.value ?? 0) - 5)
        .attr('text-anchor', 'end')
        .text(reference?.label ?? '');
      path.attr('d', linePath(points, x, y));
    },
    destroy() {
      svg.remove();
    },
  };
}
