import { scaleBand } from 'd3-scale';
import { select } from 'd3-selection';
import {
  appendHatchPattern,
  createFrame,
  fitWidth,
  rects,
  resizeSvg,
  ruleX,
  scaleOf,
  textMarks,
} from './base';
import type { Chart } from './chart';

/**
 * One horizontal bar per candidate (an engine's training steps per second, say): its value at
 * the bar's end, "unavailable" and a hatched stub where it could not run, nothing yet where it
 * was not measured, and the winner's row marked with a word as well as the accent fill, so
 * colour is never the only signal. The bars grow from a zero line; the scale is the largest
 * value's.
 */
export interface RateBar {
  readonly label: string;
  /** null: not measured (yet). */
  readonly value: number | null;
  readonly unavailable: boolean;
  readonly winner: boolean;
}

export interface RateBarsOptions {
  readonly ariaLabel: string;
  /** Written after the winner's value, e.g. "← auto". */
  readonly winnerMark: string;
  /** Written where a candidate could not run. */
  readonly unavailableText: string;
  /** How a value is written. */
  readonly format: (value: number) => string;
}

const ROW = 30;
const MARGIN = { top: 6, right: 110, bottom: 6, left: 100 };
/** The container's width, within these bounds (a phone keeps readable labels). */
const WIDTH = { min: 300, max: 560, fallback: 560 };

export function createRateBars(el: Element, opts: RateBarsOptions): Chart<readonly RateBar[]> {
  const f = createFrame(el, {
    className: 'rate-bars',
    width: fitWidth(el, WIDTH),
    height: MARGIN.top + MARGIN.bottom + ROW,
    margin: MARGIN,
    ariaLabel: opts.ariaLabel,
  });
  const hatch = appendHatchPattern(f.svg, 'unavailable-hatch', 'hatch');
  const axis = f.layer();
  const layer = f.layer();
  return {
    update(data) {
      // One row per candidate: the svg grows with the list.
      const bottom = MARGIN.top + ROW * Math.max(1, data.length);
      resizeSvg(f.svg, f.width, bottom + MARGIN.bottom);
      const y = scaleBand(
        data.map((d) => d.label),
        [MARGIN.top, bottom],
      ).padding(0.25);
      const top = Math.max(1e-9, ...data.map((d) => d.value ?? 0));
      const x = scaleOf('linear', [0, top], [f.left, f.right]);
      ruleX(axis, [f.left], { className: 'baseline', x: f.left, y1: MARGIN.top, y2: bottom });
      const rows = layer
        .selectAll<SVGGElement, RateBar>('g.rate-bar')
        .data(data)
        .join('g')
        .attr('class', (d) => `rate-bar${d.winner ? ' rate-bar--winner' : ''}`)
        .attr('data-label', (d) => d.label)
        .attr('data-value', (d) => (d.value === null ? '' : String(d.value)));
      rows.each(function (d) {
        const g = select<SVGGElement, unknown>(this);
        const band = y(d.label)!;
        const middle = band + y.bandwidth() / 2 + 4;
        textMarks(g, [d.label], {
          className: 'rate-bar__label',
          anchor: 'end',
          x: f.left - 8,
          y: middle,
          text: String,
        });
        // Horizontal: the band runs along y, the value along x (an unavailable row gets a stub).
        const end = d.unavailable ? x(top * 0.04) : x(d.value ?? 0);
        rects(g, [d], {
          className: 'rate-bar__bar',
          x: f.left,
          y: band,
          width: Math.max(0, end - f.left),
          height: y.bandwidth(),
          fill: d.unavailable ? `url(#${hatch})` : d.winner ? 'var(--accent)' : 'var(--muted)',
        });
        const words = d.unavailable
          ? opts.unavailableText
          : d.value === null
            ? ''
            : `${opts.format(d.value)}${d.winner ? ` ${opts.winnerMark}` : ''}`;
        textMarks(g, [words], {
          className: 'rate-bar__value',
          anchor: 'start',
          x: end + 6,
          y: middle,
          text: String,
        });
      });
    },
    destroy() {
      f.svg.remove();
    },
  };
}
