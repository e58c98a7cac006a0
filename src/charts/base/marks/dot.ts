import { joinMarks, type Channel, type Parent } from './join';

export type DotShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** A marker outline of radius r centred on (0, 0) (place it with a transform or `shapeAt`). */
export function shapePath(shape: DotShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${-r},0 a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${-r},${-r} h${2 * r} v${2 * r} h${-2 * r} z`;
    case 'triangle':
      return `M0,${-1.2 * r} L${1.1 * r},${0.8 * r} L${-1.1 * r},${0.8 * r} z`;
    default:
      return `M0,${-1.3 * r} L${1.1 * r},0 L0,${1.3 * r} L${-1.1 * r},0 z`;
  }
}

/** Circles of radius r at (cx, cy). */
export function dots<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  o: { cx: Channel<D>; cy: Channel<D>; r: Channel<D>; className?: string },
) {
  return joinMarks(parent, 'circle', o.className ?? '', data, { cx: o.cx, cy: o.cy, r: o.r });
}
