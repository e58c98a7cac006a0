import { joinMarks, type Channel, type Parent } from './join';

/** Horizontal rules at y from x1 to x2 (gridlines, baselines, reference lines). */
export function ruleY<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  o: { y: Channel<D>; x1: Channel<D>; x2: Channel<D>; className?: string; dash?: Channel<D> },
) {
  return joinMarks(parent, 'line', o.className ?? '', data, {
    x1: o.x1,
    x2: o.x2,
    y1: o.y,
    y2: o.y,
    'stroke-dasharray': o.dash ?? null,
  });
}

/** Vertical rules at x from y1 to y2 (markers of a step, axes through zero). */
export function ruleX<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  o: { x: Channel<D>; y1: Channel<D>; y2: Channel<D>; className?: string; dash?: Channel<D> },
) {
  return joinMarks(parent, 'line', o.className ?? '', data, {
    x1: o.x,
    x2: o.x,
    y1: o.y1,
    y2: o.y2,
    'stroke-dasharray': o.dash ?? null,
  });
}
