import { joinMarks, type Channel, type Parent } from './join';

/**
 * Rectangles: the bar and the heatmap cell are both this mark (x, y of the top-left corner,
 * width, height, fill).
 */
export function rects<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  o: {
    x: Channel<D>;
    y: Channel<D>;
    width: Channel<D>;
    height: Channel<D>;
    fill?: Channel<D>;
    className?: string;
  },
) {
  return joinMarks(parent, 'rect', o.className ?? '', data, {
    x: o.x,
    y: o.y,
    width: o.width,
    height: o.height,
    fill: o.fill ?? null,
  });
}

/** Bars rising from `base` (a y in px) to y(d), in a band x(d) … x(d) + width. */
export function bars<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  o: {
    x: (d: D, i: number) => number;
    width: number;
    y: (d: D, i: number) => number;
    base: number;
    fill?: Channel<D>;
    className?: string;
  },
) {
  return rects(parent, data, {
    x: o.x,
    width: o.width,
    y: (d, i) => Math.min(o.y(d, i), o.base),
    height: (d, i) => Math.abs(o.base - o.y(d, i)),
    fill: o.fill,
    className: o.className,
  });
}
