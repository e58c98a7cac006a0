import {
  decadeTicks,
  drawReference,
  drawRowAxis,
  joinMarks,
  joinRows,
  powerOfTen,
  rowFrames,
  scaleOf,
  shapePath,
  textMarks,
  type DotShape,
} from './base';
import type { Chart } from './chart';

/**
 * Relative errors on a log axis, one row per parameter block and one lane per method in each
 * row: every checked entry is a marker (the lane's shape, so colour is not the only signal). A
 * dashed guide marks a threshold (1e-7). Errors below the axis' floor, exact agreement (0)
 * included, sit on the floor; values that are not finite are left out.
 */
export interface ErrorLane {
  readonly key: string;
  readonly shape: DotShape;
}

export interface ErrorStripRow {
  readonly key: string;
  readonly label: string;
  /** Per lane (in the options' order), the relative errors of the row's checked entries. */
  readonly errors: readonly (readonly number[])[];
}

export interface ErrorStripsData {
  readonly rows: readonly ErrorStripRow[];
}

export interface ErrorStripsOptions {
  readonly lanes: readonly ErrorLane[];
  readonly xLabel: string;
  readonly ariaLabel: string;
  /** The guide line's value and its label. */
  readonly guide: { readonly value: number; readonly label: string };
  /** The x axis, [floor, top]. Default [1e-17, 10]. */
  readonly domain?: readonly [number, number];
}

const LANE = 9;

export function createErrorStrips(el: Element, opts: ErrorStripsOptions): Chart<ErrorStripsData> {
  const rowHeight = LANE * opts.lanes.length + 8;
  const [floor, top] = opts.domain ?? [1e-17, 10];
  const frames = rowFrames(el, {
    className: 'error-strips',
    width: { min: 300, max: 680, fallback: 600 },
    margin: { top: 26, right: 16, bottom: 44, left: 64 },
    ariaLabel: opts.ariaLabel,
    clipBleed: 6,
    rowHeight,
    xLabel: opts.xLabel,
  });

  return {
    update({ rows }) {
      const drawing = frames.forRows(rows.length);
      const f = drawing.frame;
      const x = scaleOf('log', [floor, top], [f.left, f.right]);
      // Every second decade, every fourth on a narrow screen (the labels must not touch).
      const stride = f.right - f.left < 400 ? 4 : 2;
      const ticks = decadeTicks([floor, top]).filter(
        (_, i, all) => (all.length - 1 - i) % stride === 0,
      );
      drawRowAxis(drawing, x, ticks, powerOfTen);
      const xOf = (v: number) => x(Math.min(top, Math.max(floor, v)));
      joinRows(drawing.rows, 'error-row', rows, (g, row, i) => {
        const y0 = f.top + i * rowHeight + 4;
        textMarks(g, [row], {
          className: 'error-row__label',
          x: f.left - 8,
          y: y0 + (LANE * opts.lanes.length) / 2 + 4,
          anchor: 'end',
          text: (r) => r.label,
        });
        opts.lanes.forEach((lane, l) => {
          const y = y0 + (l + 0.5) * LANE;
          const values = (row.errors[l] ?? []).filter((v) => Number.isFinite(v));
          joinMarks(g, 'path', `error-row__mark error-row__mark--${lane.key}`, values, {
            d: shapePath(lane.shape, 3),
            transform: (v) => `translate(${xOf(v).toFixed(2)},${y})`,
          });
        });
      });
      drawReference(drawing, x, [opts.guide], 'error-strips__guide');
    },
    destroy: frames.destroy,
  };
}
