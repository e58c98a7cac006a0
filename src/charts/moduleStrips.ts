import {
  createFrame,
  fitWidth,
  linePath,
  redrawOnResize,
  ruleY,
  scaleOf,
  textMarks,
  tickLabel,
  type Frame,
} from './base';
import type { Chart } from './chart';

/**
 * Small multiples over one time axis: a strip per series, stacked, each on its own symmetric
 * scale around zero (its largest |value| written at its right end), so a slow series' steps
 * and a fast series' ripple are both visible however different their sizes. The clockwork
 * figure draws each module's contribution to the output this way.
 */
export interface ModuleStripsOptions {
  /** Height of one strip in px. */
  readonly stripHeight?: number;
}

export interface ModuleStrip {
  /** Written left of the strip, e.g. "T = 4". */
  readonly label: string;
  readonly values: ArrayLike<number>;
}

export interface ModuleStripsData {
  readonly strips: readonly ModuleStrip[];
  readonly xLabel: string;
  /** Any CSS colour for the lines. */
  readonly colour: string;
}

const MARGIN = { top: 6, right: 56, bottom: 34, left: 56 };
const GAP = 6;

/** The largest |value| of a strip (finite values only), or 0. */
export function stripScale(values: ArrayLike<number>): number {
  let most = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i]!);
    if (Number.isFinite(v) && v > most) most = v;
  }
  return most;
}

export function createModuleStrips(
  el: Element,
  opts: ModuleStripsOptions = {},
): Chart<ModuleStripsData> {
  const stripHeight = opts.stripHeight ?? 36;
  let frame: Frame | null = null;

  const draw = (data: ModuleStripsData) => {
    const width = fitWidth(el, { min: 240, max: Infinity, fallback: 640 });
    const n = data.strips.length;
    frame?.svg.remove();
    frame = createFrame(el, {
      className: 'module-strips',
      width,
      height: MARGIN.top + n * stripHeight + Math.max(0, n - 1) * GAP + MARGIN.bottom,
      margin: MARGIN,
      pixelSize: true,
    });
    const f = frame;
    const steps = Math.max(1, ...data.strips.map((s) => s.values.length));
    const x = scaleOf('linear', [0, steps - 1], [f.left, f.right]);
    data.strips.forEach((strip, i) => {
      const top = f.top + i * (stripHeight + GAP);
      const most = stripScale(strip.values);
      const half = most > 0 ? most : 1;
      const y = scaleOf('linear', [-half, half], [top + stripHeight, top]);
      const g = f.layer('module-strips__strip');
      ruleY(g, [0], { y: y(0), x1: f.left, x2: f.right }).style('stroke', 'var(--rule)');
      g.append('path')
        .attr(
          'd',
          linePath(Array.from(strip.values), (_, t) => x(t), y, Number.isFinite),
        )
        .style('fill', 'none')
        .style('stroke', data.colour)
        .style('stroke-width', '1.5');
      const labels = g.append('g').style('fill', 'var(--muted)').style('font-size', '11px');
      textMarks(labels, [strip.label], {
        x: f.left - 6,
        y: top + stripHeight / 2 + 4,
        anchor: 'end',
        text: String,
      });
      textMarks(labels, [most], {
        className: 'module-strips__size',
        x: f.right + 4,
        y: top + stripHeight / 2 + 4,
        text: (v) => `±${tickLabel(Number(v.toPrecision(2)), false)}`,
      });
    });
    const labels = f.layer('axis').style('fill', 'var(--muted)').style('font-size', '11px');
    const ticks = x.ticks(Math.max(2, Math.floor(width / 110)));
    textMarks(labels, ticks, {
      x: (t) => x(t),
      y: f.bottom + 16,
      anchor: 'middle',
      text: (t) => tickLabel(t, false),
    });
    textMarks(labels, [data.xLabel], {
      className: 'axis__title',
      x: f.right,
      y: f.bottom + 30,
      anchor: 'end',
      text: String,
    });
  };

  return redrawOnResize(el, draw, () => frame?.svg.remove());
}
