import type { Svg } from './frame';
import { uniqueId } from './ids';

/**
 * Adds an arrowhead <marker> to an svg's <defs> and returns its id (unique per call). Style the
 * head with `className` (its fill), and use it as `marker-end="url(#id)"`.
 */
export function appendArrowMarker(svg: Svg, prefix: string, className: string): string {
  const id = uniqueId(prefix);
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
