import { schemeTableau10 } from 'd3-scale-chromatic';
import { createFrame, extentOf, ruleX, ruleY, scaleOf, shapePath, type DotShape } from './base';
import type { Chart } from './chart';

/**
 * Labelled points in the plane (e.g. word embeddings projected to two dimensions). Each group
 * gets a colour and a marker shape, and every point carries its label, so colour is never the
 * only signal; highlighted points are drawn larger with bold labels.
 */
export interface ScatterPoint {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  /** Index of the point's group (colour and shape). */
  readonly group: number;
  readonly highlight: boolean;
}

export interface ScatterOptions {
  readonly ariaLabel: string;
  readonly width?: number;
  readonly height?: number;
}

const SHAPES: readonly DotShape[] = ['circle', 'square', 'triangle', 'diamond'];
const PAD = 34;

/** Marker shapes by group: circle, square, triangle, diamond, then the same hollow. */
export const markerPath = (group: number, r: number): string => shapePath(SHAPES[group % 4]!, r);

export const groupColour = (group: number) => schemeTableau10[group % 10]!;

/** The extent of the values and zero (the axes cross at the origin), padded 5%. */
function paddedExtent(values: readonly number[]): [number, number] {
  const [lo, hi] = extentOf([0, ...values])!;
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

export function createScatter(el: Element, opts: ScatterOptions): Chart<readonly ScatterPoint[]> {
  const width = opts.width ?? 520;
  const height = opts.height ?? 380;
  const frame = createFrame(el, {
    className: 'scatter',
    width,
    height,
    margin: { top: PAD, right: PAD, bottom: PAD, left: PAD },
    ariaLabel: opts.ariaLabel,
  });
  frame.svg.attr('style', `max-width: ${width}px`);
  const axes = frame.layer('scatter__axes');
  const layer = frame.layer();
  return {
    update(points) {
      const x = scaleOf('linear', paddedExtent(points.map((p) => p.x)), [frame.left, frame.right]);
      const y = scaleOf('linear', paddedExtent(points.map((p) => p.y)), [frame.bottom, frame.top]);
      ruleY(axes, [0], { y: (v) => y(v), x1: frame.left, x2: frame.right, className: 'axis--x' });
      ruleX(axes, [0], { x: (v) => x(v), y1: frame.top, y2: frame.bottom, className: 'axis--y' });
      const g = layer
        .selectAll<SVGGElement, ScatterPoint>('g.scatter__point')
        .data(points)
        .join((enter) => {
          const e = enter.append('g').attr('class', 'scatter__point');
          e.append('path');
          e.append('text').attr('x', 8).attr('y', 4);
          return e;
        })
        .attr('transform', (p) => `translate(${x(p.x)},${y(p.y)})`)
        .attr('data-label', (p) => p.label)
        .classed('is-highlighted', (p) => p.highlight);
      g.select('path')
        .attr('d', (p) => markerPath(p.group, p.highlight ? 6.5 : 4.5))
        .attr('fill', (p) => (p.group >= 4 ? 'var(--bg)' : groupColour(p.group)))
        .attr('stroke', (p) => groupColour(p.group))
        .attr('stroke-width', 2);
      g.select('text').text((p) => p.label);
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
