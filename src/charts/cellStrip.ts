import { scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateBlues, interpolateRdBu } from 'd3-scale-chromatic';
import { select } from 'd3-selection';
import type { Chart } from './chart';

/**
 * A row of labelled cells, one per vector entry, coloured by value and printing the value, so
 * colour is never the only signal. `diverging` is for states in [−1, 1] (blue positive, red
 * negative), `probability` for entries in [0, 1].
 */
export interface CellStripOptions {
  readonly scheme: 'diverging' | 'probability';
  readonly cellWidth?: number;
  readonly cellHeight?: number;
  readonly digits?: number;
}

export interface CellStripData {
  readonly values: ArrayLike<number>;
  /** Shown above each cell (for example the letter a one-hot entry stands for). */
  readonly labels?: readonly string[];
  /** Index to outline (for example the active one-hot entry or the top prediction). */
  readonly highlight?: number;
}

/** Black or white text, whichever contrasts more with the fill (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(fill);
  if (!m) return 'currentColor';
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin(Number(m[1])) + 0.7152 * lin(Number(m[2])) + 0.0722 * lin(Number(m[3]));
  return 1.05 / (L + 0.05) > (L + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

export function createCellStrip(el: Element, opts: CellStripOptions): Chart<CellStripData> {
  const width = opts.cellWidth ?? 52;
  const height = opts.cellHeight ?? 34;
  const labelHeight = 16;
  const digits = opts.digits ?? 3;
  const colour =
    opts.scheme === 'diverging'
      ? (v: number) => interpolateRdBu(scaleLinear([-1, 1], [0.05, 0.95]).clamp(true)(v))
      : scaleSequential(interpolateBlues).domain([-0.1, 1]).clamp(true);
  const svg = select(el).append('svg').attr('class', 'cell-strip').attr('aria-hidden', 'true');

  return {
    update({ values, labels, highlight }) {
      const data = Array.from(values, (v, i) => ({ v, i, label: labels?.[i] ?? '' }));
      const top = labels ? labelHeight : 0;
      svg
        .attr('viewBox', `0 0 ${Math.max(1, data.length * width)} ${height + top + 2}`)
        .attr('width', data.length * width)
        .attr('height', height + top + 2);
      const cells = svg
        .selectAll<SVGGElement, (typeof data)[number]>('g.cell')
        .data(data)
        .join((enter) => {
          const g = enter.append('g').attr('class', 'cell');
          g.append('text').attr('class', 'cell__label').attr('text-anchor', 'middle');
          g.append('rect').attr('rx', 3);
          g.append('text').attr('class', 'cell__value').attr('text-anchor', 'middle');
          return g;
        })
        .attr('transform', (d) => `translate(${d.i * width},0)`)
        .attr('data-value', (d) => String(d.v))
        .classed('cell--highlight', (d) => d.i === highlight);
      cells
        .select('text.cell__label')
        .attr('x', width / 2)
        .attr('y', labelHeight - 4)
        .text((d) => d.label);
      cells
        .select('rect')
        .attr('x', 1)
        .attr('y', top + 1)
        .attr('width', width - 2)
        .attr('height', height)
        .attr('fill', (d) => colour(d.v));
      cells
        .select('text.cell__value')
        .attr('x', width / 2)
        .attr('y', top + 1 + height / 2 + 5)
        .attr('fill', (d) => textColourOn(colour(d.v)))
        .text((d) => d.v.toFixed(digits));
    },
    destroy() {
      svg.remove();
    },
  };
}
