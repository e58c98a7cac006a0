import { appendHatchPattern, createFrame, NO_MARGIN, rects, textMarks } from './base';
import type { Chart } from './chart';

/**
 * The clockwork RNN's recurrent matrix W as g × g blocks, modules sorted fastest first. Block
 * (i, j) is structurally zero when j < i (a module never reads a faster one): dashed outline, "0".
 * The other blocks are weights; those used at this step (row i's module runs) are filled, hatched,
 * outlined thickly and marked "●", the rest are pale and marked "○" — so colour is never the only
 * signal. Each block carries data-block="i,j" and data-state (zero | used | idle).
 */
export interface BlockMatrixData {
  /** Per module (row), fastest first: does it run at this step? */
  readonly active: readonly boolean[];
}

export type BlockState = 'zero' | 'used' | 'idle';

/** What block (i, j) (0-based) is at a step where the modules `active` run. */
export function blockState(active: readonly boolean[], i: number, j: number): BlockState {
  if (j < i) return 'zero';
  return active[i] ? 'used' : 'idle';
}

const SIDE = 220;
const LABEL = 18;

export function createBlockMatrix(el: Element): Chart<BlockMatrixData> {
  const frame = createFrame(el, {
    className: 'block-matrix',
    width: SIDE + LABEL + 2,
    height: SIDE + LABEL + 2,
    margin: NO_MARGIN,
  });
  const hatch = appendHatchPattern(frame.svg, 'block-hatch', 'block-matrix__hatch');
  const axes = frame.layer('block-matrix__axes');
  const blocks = frame.layer('block-matrix__blocks');
  const overlay = frame.layer('block-matrix__overlay');
  const marks = frame.layer('block-matrix__marks');

  return {
    update({ active }) {
      const g = active.length;
      const size = SIDE / g;
      const data = active.flatMap((_, i) =>
        active.map((__, j) => ({ i, j, state: blockState(active, i, j) })),
      );
      const x = (j: number) => LABEL + j * size;
      const y = (i: number) => LABEL + i * size;
      const numbers = active.map((_, i) => i);
      textMarks(axes, numbers, {
        x: (j) => x(j) + size / 2,
        y: LABEL - 5,
        anchor: 'middle',
        text: (j) => String(j + 1),
        className: 'block-matrix__col',
      });
      textMarks(axes, numbers, {
        x: LABEL / 2,
        y: (i) => y(i) + size / 2 + 4,
        anchor: 'middle',
        text: (i) => String(i + 1),
        className: 'block-matrix__row',
      });
      rects(blocks, data, {
        x: (d) => x(d.j) + 1.5,
        y: (d) => y(d.i) + 1.5,
        width: size - 3,
        height: size - 3,
        fill: (d) =>
          d.state === 'used' ? 'var(--accent)' : d.state === 'idle' ? 'var(--panel)' : 'none',
        className: 'block-matrix__block',
      })
        .attr('data-block', (d) => `${d.i + 1},${d.j + 1}`)
        .attr('data-state', (d) => d.state)
        .attr('stroke', (d) => (d.state === 'used' ? 'var(--fg)' : 'var(--muted)'))
        .attr('stroke-width', (d) => (d.state === 'used' ? 3 : 1))
        .attr('stroke-dasharray', (d) => (d.state === 'zero' ? '3 3' : null));
      rects(
        overlay,
        data.filter((d) => d.state === 'used'),
        {
          x: (d) => x(d.j) + 1.5,
          y: (d) => y(d.i) + 1.5,
          width: size - 3,
          height: size - 3,
          fill: `url(#${hatch})`,
          className: 'block-matrix__used',
        },
      );
      textMarks(marks, data, {
        x: (d) => x(d.j) + size / 2,
        y: (d) => y(d.i) + size / 2 + 5,
        anchor: 'middle',
        text: (d) => (d.state === 'zero' ? '0' : d.state === 'used' ? '●' : '○'),
        className: 'block-matrix__mark',
      }).attr('fill', (d) => (d.state === 'used' ? 'var(--accent-fg)' : 'var(--muted)'));
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
