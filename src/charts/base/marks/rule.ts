import { joinMarks, type Channel, type Parent } from './join';

interface RuleOptions<D> {
  readonly className?: string;
  readonly dash?: Channel<D>;
}

/** Lines from (x1, y1) to (x2, y2): the one join under both rules. */
function rules<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  [x1, y1, x2, y2]: readonly Channel<D>[],
  o: RuleOptions<D>,
) {
  return joinMarks(parent, 'line', o.className ?? '', data, {
    x1: x1!,
    y1: y1!,
    x2: x2!,
    y2: y2!,
    'stroke-dasharray': o.dash ?? null,
  });
}

/** Horizontal rules at y from x1 to x2 (gridlines, baselines, reference lines). */
export function ruleY<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  o: RuleOptions<D> & { y: Channel<D>; x1: Channel<D>; x2: Channel<D> },
) {
  return rules(parent, data, [o.x1, o.y, o.x2, o.y], o);
}

/** Vertical rules at x from y1 to y2 (markers of a step, axes through zero). */
export function ruleX<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  o: RuleOptions<D> & { x: Channel<D>; y1: Channel<D>; y2: Channel<D> },
) {
  return rules(parent, data, [o.x, o.y1, o.x, o.y2], o);
}
