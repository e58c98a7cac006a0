import type { Svg } from './frame';
import { uniqueId } from './ids';

/**
 * Adds a diagonal-hatch <pattern> to an svg's <defs> and returns its id (unique per call): a fill
 * that tells an area apart without colour. Style the strokes with `className`; use the pattern
 * as `fill="url(#id)"`.
 */
export function appendHatchPattern(svg: Svg, prefix: string, className: string): string {
  const id = uniqueId(prefix);
  let defs = svg.select<SVGDefsElement>('defs');
  if (defs.empty()) defs = svg.append('defs');
  defs
    .append('pattern')
    .attr('id', id)
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)')
    .append('line')
    .attr('x1', 0)
    .attr('y1', 0)
    .attr('x2', 0)
    .attr('y2', 6)
    .attr('class', className);
  return id;
}
