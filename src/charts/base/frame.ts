import { select, type Selection } from 'd3-selection';
import { uniqueId } from './ids';

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** For diagrams that lay out their own space. */
export const NO_MARGIN: Margins = { top: 0, right: 0, bottom: 0, left: 0 };

/** Width from the container: its width clamped to [min, max], or `fallback` where it has none. */
export interface WidthFit {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
}

export interface FrameOptions {
  /** The svg's class (and the prefix of its ids). */
  readonly className: string;
  readonly margin: Margins;
  /** A fixed width, or a fit to the container's width. */
  readonly width: number | WidthFit;
  readonly height: number;
  /** The accessible name (role="img"); without one the svg is hidden from assistive technology (the widget gives the numbers in text). */
  readonly ariaLabel?: string;
  /** A clip path over the plot area, widened by this many px above and below (markers on the edge stay whole). */
  readonly clipBleed?: number;
  /** Also set width and height in px (the svg keeps its size instead of scaling to its box). */
  readonly pixelSize?: boolean;
}

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** One chart's svg and plot area: sizes, margins, the inner edges and its layers. */
export interface Frame {
  readonly svg: Svg;
  readonly width: number;
  readonly height: number;
  readonly margin: Margins;
  /** The plot area's edges in svg coordinates. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** `url(#…)` of the plot area's clip path, or null without `clipBleed`. */
  readonly clip: string | null;
  /** A new group at the end of the drawing order, clipped to the plot area if asked. */
  layer(className?: string, clipped?: boolean): Layer;
}

/**
 * Sets the svg's viewBox to a new size (charts whose size follows their data: one column per
 * step, one cell per value), and its width and height in px with `pixelSize`.
 */
export function resizeSvg(svg: Svg, width: number, height: number, pixelSize = false): void {
  svg.attr('viewBox', `0 0 ${width} ${height}`);
  if (pixelSize) svg.attr('width', width).attr('height', height);
}

/** The width a chart takes in `el`. */
export function fitWidth(el: Element, fit: WidthFit): number {
  const measured = el.getBoundingClientRect().width;
  return measured > 0 ? Math.max(fit.min, Math.min(measured, fit.max)) : fit.fallback;
}

/** Appends a chart's svg to `el`: viewBox, labelling and (optionally) the plot area's clip path. */
export function createFrame(el: Element, opts: FrameOptions): Frame {
  const width = typeof opts.width === 'number' ? opts.width : fitWidth(el, opts.width);
  const { height, margin } = opts;
  const svg = select(el).append('svg').attr('class', opts.className);
  resizeSvg(svg, width, height, opts.pixelSize);
  if (opts.ariaLabel === undefined) svg.attr('aria-hidden', 'true');
  else svg.attr('role', 'img').attr('aria-label', opts.ariaLabel);
  const edges = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  let clip: string | null = null;
  if (opts.clipBleed !== undefined) {
    const id = uniqueId(`${opts.className}-clip`);
    svg
      .append('clipPath')
      .attr('id', id)
      .append('rect')
      .attr('x', edges.left)
      .attr('y', edges.top - opts.clipBleed)
      .attr('width', edges.right - edges.left)
      .attr('height', edges.bottom - edges.top + 2 * opts.clipBleed);
    clip = `url(#${id})`;
  }
  return {
    svg,
    width,
    height,
    margin,
    ...edges,
    clip,
    layer(className, clipped = false) {
      const g = svg.append('g');
      if (className) g.attr('class', className);
      if (clipped && clip) g.attr('clip-path', clip);
      return g;
    },
  };
}
