import { select, type Selection } from 'd3-selection';
import { appendAxes, appendAxisTitles, drawAxes, type AxesLayers } from './axes';
import { createFrame, type Frame, type FrameOptions, type Layer } from './frame';
import { ruleX } from './marks/rule';
import { textMarks } from './marks/text';

/**
 * Charts of labelled horizontal rows that read along one x axis (box plots, error strips): a
 * frame whose height follows the number of rows, tick labels under the plot with vertical
 * gridlines at them, one `g` per row, and a dashed reference line across every row.
 */
export interface RowFrameOptions extends Omit<FrameOptions, 'height'> {
  /** Height of one row, px. */
  readonly rowHeight: number;
  readonly xLabel: string;
}

/** A row frame's layers: the axes, then the rows, then the reference line over them. */
export interface RowFrame {
  readonly frame: Frame;
  readonly axes: AxesLayers;
  readonly rows: Layer;
  readonly reference: Layer;
}

/**
 * The frame for `count` rows: the same one while the count holds; a new count redraws it (its
 * height is the margins plus a row each). `destroy` removes the svg.
 */
export function rowFrames(
  el: Element,
  o: RowFrameOptions,
): { forRows(count: number): RowFrame; destroy(): void } {
  const { rowHeight, xLabel, ...frameOptions } = o;
  let drawing: (RowFrame & { readonly count: number }) | null = null;
  return {
    forRows(count) {
      if (drawing?.count === count) return drawing;
      drawing?.frame.svg.remove();
      const frame = createFrame(el, {
        ...frameOptions,
        height: o.margin.top + o.margin.bottom + count * rowHeight,
      });
      const axes = appendAxes(frame);
      appendAxisTitles(frame.svg, frame, { xLabel, yLabel: '' });
      const rows = frame.layer(`${o.className}__rows`);
      drawing = { frame, axes, rows, reference: frame.layer(), count };
      return drawing;
    },
    destroy() {
      drawing?.frame.svg.remove();
    },
  };
}

/** Tick labels under the plot area and a vertical gridline at each tick (rows read along x). */
export function drawRowAxis(
  { frame, axes }: RowFrame,
  x: (v: number) => number,
  ticks: readonly number[],
  format: (v: number) => string,
): void {
  drawAxes(axes, frame, x, () => 0, { x: { ticks, format }, grid: false });
  ruleX(axes.grid, ticks, { x: (v) => x(v), y1: frame.top, y2: frame.bottom });
}

/** One `g.<className>` per row, keyed and marked by the row's key (`data-row`), in order. */
export function joinRows<R extends { readonly key: string }>(
  layer: Layer,
  className: string,
  rows: readonly R[],
  draw: (g: Selection<SVGGElement, unknown, null, undefined>, row: R, i: number) => void,
): void {
  layer
    .selectAll<SVGGElement, R>(`g.${className}`)
    .data(rows, (d) => d.key)
    .join('g')
    .attr('class', className)
    .attr('data-row', (d) => d.key)
    .each(function (row, i) {
      draw(select<SVGGElement, unknown>(this), row, i);
    });
}

/**
 * A dashed vertical line at each reference's value across every row, its label above the plot:
 * `line.<className>` and `text.<className>-label`. An empty list removes them.
 */
export function drawReference(
  { frame, reference }: RowFrame,
  x: (v: number) => number,
  refs: readonly { readonly value: number; readonly label: string }[],
  className: string,
): void {
  ruleX(reference, refs, {
    className,
    x: (r) => x(r.value),
    y1: frame.top - 4,
    y2: frame.bottom,
    dash: '5 4',
  });
  textMarks(reference, refs, {
    className: `${className}-label`,
    x: (r) => x(r.value),
    y: frame.top - 8,
    anchor: 'middle',
    text: (r) => r.label,
  });
}
