import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Chart } from './chart';

/**
 * Points in the complex plane (for example the eigenvalues of a matrix) with the unit circle
 * drawn dashed and, optionally, a solid circle at a given radius (for example the spectral
 * radius). Square, so circles stay round; labelled axes Re and Im.
 */
export interface ComplexPlaneOptions {
  readonly size?: number;
}

export interface ComplexPlaneData {
  readonly re: ArrayLike<number>;
  readonly im: ArrayLike<number>;
  /** Radius of the solid circle, or null for none. */
  readonly radius: number | null;
  readonly unitLabel: string;
  readonly radiusLabel: string;
}

const PAD = 26;

/** Half-width of the square view: the largest |Re|, |Im|, radius or 1, plus 10%. */
export function planeExtent(data: ComplexPlaneData): number {
  let r = Math.max(1, data.radius ?? 0);
  for (let i = 0; i < data.re.length; i++)
    r = Math.max(r, Math.abs(data.re[i]!), Math.abs(data.im[i]!));
  return r * 1.1;
}

export function createComplexPlane(
  el: Element,
  opts: ComplexPlaneOptions = {},
): Chart<ComplexPlaneData> {
  const size = opts.size ?? 260;
  const svg = select(el)
    .append('svg')
    .attr('class', 'complex-plane')
    .attr('aria-hidden', 'true')
    .attr('viewBox', `0 0 ${size} ${size}`)
    .attr('width', size)
    .attr('height', size)
    .style('max-width', '100%')
    .style('height', 'auto');

  return {
    update(data) {
      const r = planeExtent(data);
      const s = scaleLinear([-r, r], [PAD, size - PAD]);
      const sy = scaleLinear([-r, r], [size - PAD, PAD]);
      const unit = s(1) - s(0);
      svg.selectAll('*').remove();
      const axes = svg.append('g').style('stroke', 'var(--rule)');
      axes
        .append('line')
        .attr('x1', PAD)
        .attr('x2', size - PAD)
        .attr('y1', sy(0))
        .attr('y2', sy(0));
      axes
        .append('line')
        .attr('x1', s(0))
        .attr('x2', s(0))
        .attr('y1', PAD)
        .attr('y2', size - PAD);
      const text = svg.append('g').style('fill', 'var(--muted)').style('font-size', '11px');
      text
        .append('text')
        .attr('x', size - PAD)
        .attr('y', sy(0) - 4)
        .attr('text-anchor', 'end')
        .text('Re');
      text
        .append('text')
        .attr('x', s(0) + 4)
        .attr('y', PAD + 10)
        .text('Im');
      text
        .append('text')
        .attr('x', s(1) + 2)
        .attr('y', sy(0) + 12)
        .text('1');
      svg
        .append('circle')
        .attr('class', 'complex-plane__unit')
        .attr('cx', s(0))
        .attr('cy', sy(0))
        .attr('r', unit)
        .style('fill', 'none')
        .style('stroke', 'var(--muted)')
        .style('stroke-dasharray', '4 3');
      if (data.radius !== null)
        svg
          .append('circle')
          .attr('class', 'complex-plane__radius')
          .attr('cx', s(0))
          .attr('cy', sy(0))
          .attr('r', unit * data.radius)
          .style('fill', 'none')
          .style('stroke', 'var(--accent)')
          .style('stroke-width', '1.5');
      const points = Array.from(data.re, (re, i) => ({ re, im: data.im[i]! }));
      svg
        .append('g')
        .attr('class', 'complex-plane__points')
        .selectAll('circle')
        .data(points)
        .join('circle')
        .attr('cx', (p) => s(p.re))
        .attr('cy', (p) => sy(p.im))
        .attr('r', 2.2)
        .style('fill', 'var(--fg)')
        .style('opacity', '0.75');
      const legend = svg.append('g').style('font-size', '11px');
      legend
        .append('line')
        .attr('x1', 4)
        .attr('x2', 22)
        .attr('y1', 10)
        .attr('y2', 10)
        .style('stroke', 'var(--muted)')
        .style('stroke-dasharray', '4 3');
      legend
        .append('text')
        .attr('x', 26)
        .attr('y', 14)
        .style('fill', 'var(--fg)')
        .text(data.unitLabel);
      if (data.radius !== null) {
        legend
          .append('line')
          .attr('x1', 4)
          .attr('x2', 22)
          .attr('y1', size - 10)
          .attr('y2', size - 10)
          .style('stroke', 'var(--accent)')
          .style('stroke-width', '1.5');
        legend
          .append('text')
          .attr('x', 26)
          .attr('y', size - 6)
          .style('fill', 'var(--fg)')
          .text(data.radiusLabel);
      }
    },
    destroy() {
      svg.remove();
    },
  };
}
