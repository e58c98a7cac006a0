import {
  dots,
  drawReference,
  drawRowAxis,
  extentOf,
  joinMarks,
  joinRows,
  rects,
  rowFrames,
  ruleY,
  safeExtent,
  scaleOf,
  textMarks,
  ticksOf,
} from './base';
import type { Chart } from './chart';

/**
 * Horizontal box plots, one row per group (its label at the left): a whisker from the smallest
 * to the largest value, a box from the first to the third quartile, a thick tick at the median,
 * and every value as a small dot on the row, so a handful of runs is seen as it is. A dashed
 * reference line (e.g. the baseline's median) runs across all rows. Values that are not finite
 * (a run that diverged) are left out of the drawing and counted in `offScale`, which the row's
 * label then says (the widget's table gives them in words).
 */
export interface BoxRow {
  readonly key: string;
  readonly label: string;
  /** Five-number summary, or null before the group has a value. */
  readonly box: {
    readonly min: number;
    readonly q1: number;
    readonly median: number;
    readonly q3: number;
    readonly max: number;
  } | null;
  readonly values: readonly number[];
}

export interface BoxPlotData {
  readonly rows: readonly BoxRow[];
  readonly reference?: { readonly value: number; readonly label: string } | null;
}

export interface BoxPlotOptions {
  readonly xLabel: string;
  readonly ariaLabel: string;
  /** Text after a row's label when some of its values are off the scale: `{n}` is their number. */
  readonly offScale: (n: number) => string;
}

const ROW = 26;

export function createBoxPlot(el: Element, opts: BoxPlotOptions): Chart<BoxPlotData> {
  const frames = rowFrames(el, {
    className: 'box-plot',
    width: { min: 300, max: 620, fallback: 560 },
    margin: { top: 24, right: 18, bottom: 44, left: 96 },
    ariaLabel: opts.ariaLabel,
    rowHeight: ROW,
    xLabel: opts.xLabel,
  });

  return {
    update({ rows, reference }) {
      const drawing = frames.forRows(rows.length);
      const f = drawing.frame;
      const all = rows.flatMap((r) => r.values);
      const extent = extentOf([...all, ...(reference ? [reference.value] : [])]);
      const [lo, hi] = safeExtent(extent, 'linear', [0, 1]);
      const pad = (hi - lo) * 0.06;
      const x = scaleOf('linear', [lo - pad, hi + pad], [f.left, f.right]).nice();
      drawRowAxis(drawing, x, ticksOf(x, 'linear', 6), (v) => String(Number(v.toPrecision(3))));
      joinRows(drawing.rows, 'box-row', rows, (g, row, i) => {
        const y = f.top + (i + 0.5) * ROW;
        const finite = row.values.filter((v) => Number.isFinite(v));
        const off = row.values.length - finite.length;
        textMarks(g, [row], {
          className: 'box-row__label',
          x: f.left - 8,
          y: y + 4,
          anchor: 'end',
          text: (r) => (off > 0 ? `${r.label} ${opts.offScale(off)}` : r.label),
        });
        // The box of the finite values only (a diverged run is off the scale, said in the label).
        const box = row.box && finite.length > 0 && Number.isFinite(row.box.q3) ? [row.box] : [];
        const whisker =
          finite.length > 0 ? [{ from: Math.min(...finite), to: Math.max(...finite) }] : [];
        ruleY(g, whisker, {
          className: 'box-row__whisker',
          y,
          x1: (w) => x(w.from),
          x2: (w) => x(w.to),
        });
        rects(g, box, {
          className: 'box-row__box',
          x: (b) => x(b.q1),
          y: y - 8,
          width: (b) => Math.max(1, x(b.q3) - x(b.q1)),
          height: 16,
        });
        joinMarks(g, 'line', 'box-row__median', box, {
          x1: (b) => x(b.median),
          x2: (b) => x(b.median),
          y1: y - 10,
          y2: y + 10,
        });
        dots(g, finite, { className: 'box-row__value', cx: (v) => x(v), cy: y, r: 2.5 });
      });
      const refs = reference && Number.isFinite(reference.value) ? [reference] : [];
      drawReference(drawing, x, refs, 'box-plot__reference');
    },
    destroy: frames.destroy,
  };
}
