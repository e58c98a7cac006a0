import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { createFrame, divergingColour, NO_MARGIN, resizeSvg, textColourOn } from './base';
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

export function createCellStrip(el: Element, opts: CellStripOptions): Chart<CellStripData> {
  const width = opts.cellWidth ?? 52;
  const height = opts.cellHeight ?? 34;
  const labelHeight = 16;
  const digits = opts.digits ?? 3;
  const colour =
    opts.scheme === 'diverging'
      ? divergingColour
      : scaleSequential(interpolateBlues).domain([-0.1, 1]).clamp(true);
  const { svg } = createFrame(el, {
    className: 'cell-strip',
    width: 0,
    height: 0,
    margin: NO_MARGIN,
  });

  return {
    update({ values, labels, highlight }) {
      const data = Array.from(values, (v, i) => ({ v, i, label: labels?.[i] ?? '' }));
      const top = labels ? labelHeight : 0;
      resizeSvg(svg, Math.max(1, data.length * width), height + top + 2, true);
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
