import { scaleSequential } from 'd3-scale';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import {
  createFrame,
  minus,
  NO_MARGIN,
  rects,
  resizeSvg,
  setChanged,
  textColourOn,
  textMarks,
} from './base';
import type { Chart } from './chart';

/**
 * A text as a strip of character cells, wrapped into rows, each coloured by how strongly the
 * output at the chosen step t depends on it (a log₁₀ colour scale, darker = stronger); cells
 * after t are blank (the model has not read them yet) and t itself is outlined. Each cell
 * carries its value (data-value); the widget prints the numbers that matter as text.
 * Pointing at or clicking a cell reports it through `onPick`.
 */
export interface ConnectivityStripOptions {
  /** Cells per row (the strip's width is fixed; the svg scales to its box). */
  readonly columns?: number;
  onPick(k: number): void;
}

export interface ConnectivityStripData {
  /** The characters as shown (spaces and placeholders already made visible). */
  readonly labels: readonly string[];
  /** strengths[k] for k ≤ t; later entries are ignored. */
  readonly strengths: readonly number[];
  /** The chosen output step, or null while nothing is computed. */
  readonly t: number | null;
  /** log₁₀ range of the colour scale. */
  readonly logDomain: readonly [number, number];
}

const CELL = 24;
const ROW = 28;
const LEGEND = 30;

export function strengthColour(log10: number, domain: readonly [number, number]): string {
  return scaleSequential(interpolateYlGnBu).domain(domain).clamp(true)(log10);
}

/** log₁₀ range of the positive values, at least one decade wide. */
export function strengthLogDomain(values: readonly number[]): [number, number] {
  const logs = values.filter((v) => Number.isFinite(v) && v > 0).map(Math.log10);
  if (logs.length === 0) return [-3, 0];
  const hi = Math.ceil(Math.max(...logs)) || 0; // never −0
  return [Math.min(Math.floor(Math.min(...logs)), hi - 1), hi];
}

export function createConnectivityStrip(
  el: Element,
  opts: ConnectivityStripOptions,
): Chart<ConnectivityStripData> {
  const columns = opts.columns ?? 20;
  const width = columns * CELL;
  const frame = createFrame(el, {
    className: 'connectivity-strip',
    width,
    height: ROW + LEGEND,
    margin: NO_MARGIN,
  });
  const cells = frame.layer('connectivity-strip__cells');
  const glyphs = frame.layer('connectivity-strip__glyphs');
  const legend = frame.layer('connectivity-strip__legend');
  // One listener for every cell, not one per cell set again at every update.
  cells.on('click', (event: MouseEvent) => {
    const d = (event.target as { __data__?: { k: number } }).__data__;
    if (d) opts.onPick(d.k);
  });

  return {
    update({ labels, strengths, t, logDomain }) {
      const rows = Math.max(1, Math.ceil(labels.length / columns));
      const height = rows * ROW + LEGEND;
      resizeSvg(frame.svg, width, height);
      const data = labels.map((label, k) => {
        const v = t !== null && k <= t ? (strengths[k] ?? 0) : null;
        const fill =
          v !== null && v > 0 ? strengthColour(Math.log10(v), logDomain) : 'var(--panel)';
        return { k, label, v, fill, x: (k % columns) * CELL, y: Math.floor(k / columns) * ROW };
      });
      const cellMarks = rects(cells, data, {
        x: (d) => d.x + 1,
        y: (d) => d.y + 1,
        width: CELL - 2,
        height: ROW - 2,
        fill: (d) => d.fill,
        className: 'connectivity-strip__cell',
      });
      setChanged(cellMarks, 'data-k', (d) => d.k);
      setChanged(cellMarks, 'data-value', (d) => d.v);
      setChanged(cellMarks, 'stroke', (d) => (d.k === t ? 'currentColor' : null));
      setChanged(cellMarks, 'stroke-width', (d) => (d.k === t ? 2.5 : null));
      const glyphMarks = textMarks(glyphs, data, {
        x: (d) => d.x + CELL / 2,
        y: (d) => d.y + ROW / 2 + 5,
        anchor: 'middle',
        text: (d) => d.label,
      });
      setChanged(glyphMarks, 'fill', (d) =>
        d.v !== null && d.v > 0 ? textColourOn(d.fill) : 'currentColor',
      );
      setChanged(glyphMarks, 'pointer-events', 'none');
      // The colour key: five steps from the weakest decade to the strongest, labelled.
      const [lo, hi] = logDomain;
      const steps = Array.from({ length: 5 }, (_, i) => lo + ((hi - lo) * i) / 4);
      const top = rows * ROW + 8;
      rects(legend, steps, {
        x: (_, i) => i * 2 * CELL,
        y: top,
        width: 2 * CELL - 2,
        height: 8,
        fill: (e) => strengthColour(e, logDomain),
      });
      textMarks(legend, steps, {
        x: (_, i) => i * 2 * CELL,
        y: top + 20,
        text: (e) => minus(`1e${Math.round(e * 10) / 10}`),
      });
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
