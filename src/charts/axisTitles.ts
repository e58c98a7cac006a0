import type { Selection } from 'd3-selection';

/** The plot area inside a chart's viewBox: its size and margins. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}

/**
 * The x title centred under the plot area and the y title centred beside it (rotated), both
 * with `className`. `yOffset` is the y title's distance from the left edge.
 */
export function appendAxisTitles<E extends SVGElement>(
  parent: Selection<E, unknown, null, undefined>,
  { width, height, margin }: Frame,
  labels: { readonly xLabel: string; readonly yLabel: string },
  className: string,
  yOffset = 14,
): void {
  parent
    .append('text')
    .attr('class', className)
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text(labels.xLabel);
  parent
    .append('text')
    .attr('class', className)
    .attr(
      'transform',
      `translate(${yOffset},${(margin.top + height - margin.bottom) / 2}) rotate(-90)`,
    )
    .attr('text-anchor', 'middle')
    .text(labels.yLabel);
}
