import { createFrame, divergingColour, dots, NO_MARGIN, rects, resizeSvg, textMarks } from './base';
import type { Chart } from './chart';

/**
 * The clock running: one band per module (its k units as rows), one column per step of a window.
 * Each cell is coloured by the unit's value (red negative, blue positive); where the module ran
 * the band carries a dot and an outline, where it held there is neither, so a held value shows
 * as a run of identical cells without dots. The current step's column is framed and its number
 * bold. Cells carry their values (data-value); the widget prints the numbers as text.
 */
export interface ClockModuleRow {
  /** e.g. "1 · T = 1". */
  readonly label: string;
  /** Per step of the window: the module's k values. */
  readonly values: readonly ArrayLike<number>[];
  /** Per step of the window: did the module run (t mod T_i = 0)? */
  readonly ticks: readonly boolean[];
}

export interface ClockTimelineData {
  /** The window's steps, in order. */
  readonly steps: readonly number[];
  /** The step shown (one of `steps`). */
  readonly current: number;
  readonly modules: readonly ClockModuleRow[];
}

const LABEL = 64;
const CELL = 18;
const UNIT = 10;
const MIN_BAND = 18;
const GAP = 6;
const HEADER = 16;

export function createClockTimeline(el: Element): Chart<ClockTimelineData> {
  const frame = createFrame(el, {
    className: 'clock-timeline',
    width: 0,
    height: 0,
    margin: NO_MARGIN,
  });
  const header = frame.layer('clock-timeline__header');
  const cells = frame.layer('clock-timeline__cells');
  const marks = frame.layer('clock-timeline__ticks');
  const labels = frame.layer('clock-timeline__labels');
  const cursor = frame.layer('clock-timeline__cursor');

  return {
    update({ steps, current, modules }) {
      const bands = modules.map((m) => {
        const k = m.values[0]?.length ?? 1;
        return { k, height: Math.max(MIN_BAND, k * UNIT) };
      });
      const tops: number[] = [];
      let y = HEADER + 2;
      for (const b of bands) {
        tops.push(y);
        y += b.height + GAP;
      }
      const width = LABEL + steps.length * CELL + 2;
      const height = y;
      resizeSvg(frame.svg, width, height);
      // Scales down to a narrow column, but never up past 1.5× (its text would outgrow the page's).
      frame.svg.style('max-width', `${Math.round(width * 1.5)}px`);
      const x = (col: number) => LABEL + col * CELL;
      const every = steps.length > 34 ? 4 : steps.length > 17 ? 2 : 1;

      textMarks(
        header,
        steps.map((t, col) => ({ t, col })).filter((d) => d.t % every === 0 || d.t === current),
        {
          x: (d) => x(d.col) + CELL / 2,
          y: HEADER - 4,
          anchor: 'middle',
          text: (d) => String(d.t),
          className: 'clock-timeline__step',
        },
      ).attr('font-weight', (d) => (d.t === current ? 'bold' : null));

      const cellData = modules.flatMap((m, i) =>
        steps.flatMap((t, col) =>
          Array.from(m.values[col] ?? [], (v, u) => ({
            i,
            t,
            col,
            u,
            v,
            h: bands[i]!.height / bands[i]!.k,
          })),
        ),
      );
      rects(cells, cellData, {
        x: (d) => x(d.col) + 1,
        y: (d) => tops[d.i]! + d.u * d.h,
        width: CELL - 2,
        height: (d) => d.h,
        fill: (d) => divergingColour(d.v),
        className: 'clock-timeline__cell',
      })
        .attr('data-module', (d) => d.i + 1)
        .attr('data-step', (d) => d.t)
        .attr('data-value', (d) => d.v);

      const tickData = modules.flatMap((m, i) =>
        steps.map((t, col) => ({ i, t, col })).filter((d) => m.ticks[d.col]),
      );
      rects(marks, tickData, {
        x: (d) => x(d.col) + 1,
        y: (d) => tops[d.i]!,
        width: CELL - 2,
        height: (d) => bands[d.i]!.height,
        fill: 'none',
        className: 'clock-timeline__tick',
      })
        .attr('stroke', 'currentColor')
        .attr('stroke-width', 1.5)
        .attr('data-module', (d) => d.i + 1)
        .attr('data-step', (d) => d.t);
      dots(marks, tickData, {
        cx: (d) => x(d.col) + CELL / 2,
        cy: (d) => tops[d.i]! + bands[d.i]!.height / 2,
        r: 3,
        className: 'clock-timeline__dot',
      })
        .attr('fill', 'currentColor')
        .attr('stroke', 'var(--bg)')
        .attr('stroke-width', 1);

      textMarks(labels, modules, {
        x: 2,
        y: (_, i) => tops[i]! + bands[i]!.height / 2 + 4,
        text: (m) => m.label,
        className: 'clock-timeline__label',
      });

      const col = steps.indexOf(current);
      rects(cursor, col < 0 ? [] : [col], {
        x: (c) => x(c) - 1,
        y: 1,
        width: CELL + 2,
        height: height - 2,
        fill: 'none',
        className: 'clock-timeline__current',
      })
        .attr('stroke', 'var(--accent)')
        .attr('stroke-width', 2.5)
        .attr('rx', 3);
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
