import type { Chart } from '../chart';

/**
 * The chart handle of a chart that draws itself whole from its data: `update` draws, and a
 * change of the element's size redraws the last data at the new width. `remove` takes the drawing
 * away on `destroy`.
 */
export function redrawOnResize<D>(
  el: Element,
  draw: (data: D) => void,
  remove: () => void,
): Chart<D> {
  let last: D | null = null;
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (last !== null) draw(last);
        });
  observer?.observe(el);
  return {
    update(data) {
      last = data;
      draw(data);
    },
    destroy() {
      observer?.disconnect();
      remove();
    },
  };
}
