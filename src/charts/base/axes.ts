import type { Frame, Layer } from './frame';
import { ruleY } from './marks/rule';
import { textMarks } from './marks/text';

export interface AxisTicks {
  readonly ticks: readonly number[];
  readonly format: (v: number) => string;
}

export interface AxesOptions {
  readonly x?: AxisTicks;
  readonly y?: AxisTicks;
  /** Horizontal gridlines at the y ticks (default true). */
  readonly grid?: boolean;
}

/** The layers an axis set draws into: gridlines first (under the marks), then the tick labels. */
export interface AxesLayers {
  readonly grid: Layer;
  readonly x: Layer;
  readonly y: Layer;
}

/**
 * Adds the axis layers to a frame: `g.grid` (lines), `g.axis.axis--x` and `g.axis.axis--y`
 * (tick labels). Call it where gridlines belong in the drawing order.
 */
export function appendAxes(frame: Frame): AxesLayers {
  return {
    grid: frame.layer('grid'),
    x: frame.layer('axis axis--x'),
    y: frame.layer('axis axis--y'),
  };
}

/**
 * Draws (or redraws) tick labels under the plot area and left of it, and gridlines across it at
 * the y ticks, through the scales x and y (data → svg px).
 */
export function drawAxes(
  layers: AxesLayers,
  frame: Frame,
  x: (v: number) => number,
  y: (v: number) => number,
  o: AxesOptions,
): void {
  const yTicks = o.y?.ticks ?? [];
  ruleY(layers.grid, o.grid === false ? [] : yTicks, {
    y: (v) => y(v),
    x1: frame.left,
    x2: frame.right,
  });
  textMarks(layers.x, o.x?.ticks ?? [], {
    x: (v) => x(v),
    y: frame.bottom + 16,
    anchor: 'middle',
    text: (v) => o.x!.format(v),
  });
  textMarks(layers.y, yTicks, {
    x: frame.left - 6,
    y: (v) => y(v) + 4,
    anchor: 'end',
    text: (v) => o.y!.format(v),
  });
}

/**
 * The x title centred under the plot area and the y title beside it, rotated, at `yOffset` px
 * from the svg's left edge; both `text.axis__title`.
 */
export function appendAxisTitles(
  parent: Layer | Frame['svg'],
  frame: Frame,
  labels: { readonly xLabel: string; readonly yLabel: string },
  yOffset = 14,
): void {
  parent
    .append('text')
    .attr('class', 'axis__title')
    .attr('x', (frame.left + frame.right) / 2)
    .attr('y', frame.height - 6)
    .attr('text-anchor', 'middle')
    .text(labels.xLabel);
  parent
    .append('text')
    .attr('class', 'axis__title')
    .attr('transform', `translate(${yOffset},${(frame.top + frame.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(labels.yLabel);
}
