import type { Channel, Parent } from './join';
import { joinMarks, setTextChanged } from './join';

/** Labels at (x, y); `anchor` is the text-anchor, `transform` places rotated text. */
export function textMarks<D, E extends SVGElement>(
  parent: Parent<E>,
  data: readonly D[],
  o: {
    text: (d: D, i: number) => string;
    x?: Channel<D>;
    y?: Channel<D>;
    anchor?: Channel<D>;
    transform?: Channel<D>;
    className?: string;
  },
) {
  const marks = joinMarks(parent, 'text', o.className ?? '', data, {
    x: o.x ?? null,
    y: o.y ?? null,
    transform: o.transform ?? null,
    'text-anchor': o.anchor ?? null,
  });
  setTextChanged(marks, o.text);
  return marks;
}
