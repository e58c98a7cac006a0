import type { Selection } from 'd3-selection';

let count = 0;

/**
 * Adds an arrowhead <marker> to an SVG's <defs> and returns its id. Ids are unique per call, so
 * two copies of a figure on one page never point at each other's markers. Style the head with
 * `className` (its fill), and use it as `marker-end="url(#id)"`.
 */
export function appendArrowMarker(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  prefix: string,
  className: string,
): string {
  const id = `${prefix}-${++count}`;
  let defs = svg.select<SVGDefsElement>('defs');
  if (defs.empty()) defs = svg.append('defs');
  defs
    .append('marker')
    .attr('id', id)
    .attr('viewBox', '0 0 10 10')
    .attr('refX', 9)
    .attr('refY', 5)
    .attr('markerWidth', 7)
    .attr('markerHeight', 7)
    .attr('orient', 'auto-start-reverse')
    .append('path')
    .attr('d', 'M0,0 L10,5 L0,10 z')
    .attr('class', className);
  return id;
}
