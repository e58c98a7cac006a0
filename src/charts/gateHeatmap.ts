import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { createFrame, divergingColour, NO_MARGIN, rects, resizeSvg } from './base';
import type { Chart } from './chart';

/**
 * Gate values or cell states over a sequence: one column per symbol read, one row per unit.
 * Gates (in [0, 1]) go from white to blue; cell states on the diverging scale (red negative,
 * blue positive, clamped at ±1). Marked columns (e.g. the symbols that matter) get a ▾ above
 * their label, so the mark does not rest on colour; every cell carries its value in
 * `data-value`, and the figure prints the numbers that matter beside the map.
 */
export interface GateHeatmapOptions {
  readonly scheme: 'gate' | 'state';
  readonly cell?: number;
  readonly rowHeight?: number;
}

export interface GateHeatmapData {
  /** values[t][unit] */
  readonly values: readonly (readonly number[])[];
  readonly symbols: readonly string[];
  /** Columns marked with ▾. */
  readonly marked: readonly number[];
  /** A row to outline (the unit the readout speaks of), or null. */
  readonly row: number | null;
}

const gateColour = scaleSequential(interpolateBlues).domain([-0.05, 1]).clamp(true);

export function createGateHeatmap(el: Element, opts: GateHeatmapOptions): Chart<GateHeatmapData> {
  const w = opts.cell ?? 14;
  const h = opts.rowHeight ?? 12;
  const top = 26;
  const colour = opts.scheme === 'gate' ? gateColour : divergingColour;
  const { svg } = createFrame(el, {
    className: 'gate-heatmap',
    width: 0,
    height: 0,
    margin: NO_MARGIN,
  });
  const labels = svg.append('g').attr('class', 'gate-heatmap__symbols');
  const marks = svg.append('g').attr('class', 'gate-heatmap__marks');
  const body = svg.append('g').attr('transform', `translate(0,${top})`);
  const rowMark = svg.append('rect').attr('class', 'gate-heatmap__row').attr('fill', 'none');

  return {
    update({ values, symbols, marked, row }) {
      const units = values[0]?.length ?? 0;
      const width = Math.max(1, values.length * w);
      const height = top + units * h + 2;
      resizeSvg(svg, width, height, true);
      labels
        .selectAll<SVGTextElement, string>('text')
        .data(symbols)
        .join('text')
        .attr('x', (_, t) => t * w + w / 2)
        .attr('y', 22)
        .attr('text-anchor', 'middle')
        .text((d) => d);
      marks
        .selectAll<SVGTextElement, number>('text')
        .data(marked)
        .join('text')
        .attr('x', (t) => t * w + w / 2)
        .attr('y', 9)
        .attr('text-anchor', 'middle')
        .text('▾');
      const cells = values.flatMap((v, t) => v.map((value, unit) => ({ t, unit, value })));
      rects(body, cells, {
        x: (d) => d.t * w,
        y: (d) => d.unit * h,
        width: w - 1,
        height: h - 1,
        fill: (d) => colour(d.value),
      }).attr('data-value', (d) => String(d.value));
      rowMark
        .attr('display', row === null ? 'none' : null)
        .attr('x', 0.5)
        .attr('y', top + (row ?? 0) * h - 1)
        .attr('width', width - 1)
        .attr('height', h + 1);
    },
    destroy() {
      svg.remove();
    },
  };
}
