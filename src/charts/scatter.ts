import { scaleLinear } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { select } from 'd3-selection';
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

/** Marker shapes by group: circle, square, triangle, diamond, then the same hollow. */
export function markerPath(group: number, r: number): string {
  switch (group % 4) {
    case 0:
      return `M${-r},0 a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0`;
    case 1:
      return `M${-r},${-r} h${2 * r} v${2 * r} h${-2 * r} z`;
    case 2:
      return `M0,${-1.2 * r} L${1.1 * r},${0.8 * r} L${-1.1 * r},${0.8 * r} z`;
    default:
      return `M0,${-1.3 * r} L${1.1 * r},0 L0,${1.3 * r} L${-1.1 * r},0 z`;
  }
}

export const groupColour = (group: number) => schemeTableau10[group % 10]!;

export function createScatter(el: Element, opts: ScatterOptions): Chart<readonly ScatterPoint[]> {
  const width = opts.width ?? 520;
  const height = opts.height ?? 380;
  const pad = 34;
  const svg = select(el)
    .append('svg')
    .attr('class', 'scatter')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('style', `max-width: ${width}px`)
    .attr('role', 'img')
    .attr('aria-label', opts.ariaLabel);
  const axes = svg.append('g').attr('class', 'scatter__axes');
  const layer = svg.append('g');
  return {
    update(points) {
      const extent = (k: 'x' | 'y') => {
        const vs = points.map((p) => p[k]);
        const lo = Math.min(0, ...vs);
        const hi = Math.max(0, ...vs);
        const m = (hi - lo) * 0.05 || 1;
        return [lo - m, hi + m] as [number, number];
      };
      const x = scaleLinear(extent('x'), [pad, width - pad]);
      const y = scaleLinear(extent('y'), [height - pad, pad]);
      axes
        .selectAll('line')
        .data([0, 1])
        .join('line')
        .attr('x1', (d) => (d === 0 ? pad : x(0)))
        .attr('x2', (d) => (d === 0 ? width - pad : x(0)))
        .attr('y1', (d) => (d === 0 ? y(0) : pad))
        .attr('y2', (d) => (d === 0 ? y(0) : height - pad));
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
      svg.remove();
    },
  };
}
