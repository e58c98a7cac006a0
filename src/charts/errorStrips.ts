import { select } from 'd3-selection';
import {
  appendAxes,
  appendAxisTitles,
  createFrame,
  decadeTicks,
  drawAxes,
  joinMarks,
  powerOfTen,
  ruleX,
  scaleOf,
  shapePath,
  textMarks,
  type DotShape,
  type Layer,
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
  let drawing: {
    frame: ReturnType<typeof createFrame>;
    axes: ReturnType<typeof appendAxes>;
    rows: Layer;
    guide: Layer;
    count: number;
  } | null = null;
  // The height follows the number of rows: a new count redraws the frame.
  const frameFor = (count: number) => {
    if (drawing?.count === count) return drawing;
    drawing?.frame.svg.remove();
    const frame = createFrame(el, {
      className: 'error-strips',
      width: { min: 300, max: 680, fallback: 600 },
      height: 26 + 44 + count * rowHeight,
      margin: { top: 26, right: 16, bottom: 44, left: 64 },
      ariaLabel: opts.ariaLabel,
      clipBleed: 6,
    });
    const axes = appendAxes(frame);
    appendAxisTitles(frame.svg, frame, { xLabel: opts.xLabel, yLabel: '' });
    drawing = { frame, axes, rows: frame.layer('error-strips__rows'), guide: frame.layer(), count };
    return drawing;
  };

  return {
    update({ rows }) {
      const { frame: f, axes, rows: rowLayer, guide } = frameFor(rows.length);
      const x = scaleOf('log', [floor, top], [f.left, f.right]);
      // Every second decade, every fourth on a narrow screen (the labels must not touch).
      const stride = f.right - f.left < 400 ? 4 : 2;
      const ticks = decadeTicks([floor, top]).filter(
        (_, i, all) => (all.length - 1 - i) % stride === 0,
      );
      drawAxes(axes, f, x, () => 0, { x: { ticks, format: powerOfTen }, grid: false });
      ruleX(axes.grid, ticks, { x: (v) => x(v), y1: f.top, y2: f.bottom });
      const xOf = (v: number) => x(Math.min(top, Math.max(floor, v)));
      const groups = rowLayer
        .selectAll<SVGGElement, ErrorStripRow>('g.error-row')
        .data(rows, (d) => d.key)
        .join('g')
        .attr('class', 'error-row')
        .attr('data-row', (d) => d.key);
      groups.each(function (row, i) {
        const g = select<SVGGElement, unknown>(this);
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
      const guides = [opts.guide];
      ruleX(guide, guides, {
        className: 'error-strips__guide',
        x: (g) => x(g.value),
        y1: f.top - 4,
        y2: f.bottom,
        dash: '5 4',
      });
      textMarks(guide, guides, {
        className: 'error-strips__guide-label',
        x: (g) => x(g.value),
        y: f.top - 8,
        anchor: 'middle',
        text: (g) => g.label,
      });
    },
    destroy() {
      drawing?.frame.svg.remove();
    },
  };
}
