import { select, type Selection } from 'd3-selection';

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

let clipCounter = 0;

/**
 * A chart's svg (decorative to assistive technology: the widget gives the numbers in text) and
 * a clip path over the area inside the margins, widened by `bleed` above and below so markers
 * on the edge are not cut in half. Each call gets its own clip id; the caller appends its plot
 * group with `clip-path` = `clip` where it belongs in the drawing order.
 */
export function appendClippedFrame(
  el: Element,
  className: string,
  size: { readonly width: number; readonly height: number },
  m: Margins,
  bleed = 0,
): { svg: Selection<SVGSVGElement, unknown, null, undefined>; clip: string } {
  const clipId = `${className}-clip-${++clipCounter}`;
  const svg = select(el)
    .append('svg')
    .attr('class', className)
    .attr('viewBox', `0 0 ${size.width} ${size.height}`)
    .attr('aria-hidden', 'true');
  svg
    .append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('x', m.left)
    .attr('y', m.top - bleed)
    .attr('width', size.width - m.left - m.right)
    .attr('height', size.height - m.top - m.bottom + 2 * bleed);
  return { svg, clip: `url(#${clipId})` };
}
