import { createFrame, divergingColour, NO_MARGIN, rects, resizeSvg, textMarks } from './base';
import type { Chart } from './chart';

/**
 * Hidden states over a string as a heatmap: one column per symbol read, one row per unit,
 * coloured on a diverging scale over [−1, 1] (red negative, blue positive). The focused column
 * and cell are outlined, so the reader sees where the printed values come from; pointing at a
 * cell reports it through `onPoint`.
 */
export interface StateHeatmapOptions {
  readonly cell?: number;
  readonly rowHeight?: number;
  onPoint(t: number, unit: number): void;
}

export interface StateHeatmapData {
  /** states[t][unit] */
  readonly states: readonly ArrayLike<number>[];
  readonly symbols: readonly string[];
  readonly focus: { readonly t: number; readonly unit: number } | null;
}

/** How a symbol is labelled above its column: spaces and line breaks made visible. */
export function visibleSymbol(s: string): string {
  if (s === ' ') return '␣';
  if (s === '\n') return '↵';
  if (s === '\t') return '⇥';
  const named = INVISIBLE_NAMES[s];
  if (named) return `⟨${named}⟩`;
  // Other characters that draw nothing (controls, formats, other spaces): their code point.
  if (/^[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]$/u.test(s))
    return `⟨U+${s.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  return s;
}

/** Invisible characters a reader may meet in pasted text, by their usual short names. */
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u200d': 'ZWJ',
  '\u200c': 'ZWNJ',
  '\u00a0': 'NBSP',
  '\u00ad': 'SHY',
  '\ufeff': 'BOM',
  '\u202e': 'RLO',
  '\u202d': 'LRO',
  '\u200f': 'RLM',
  '\u200e': 'LRM',
  '\r': 'CR',
};

export function createStateHeatmap(
  el: Element,
  opts: StateHeatmapOptions,
): Chart<StateHeatmapData> {
  const w = opts.cell ?? 16;
  const h = opts.rowHeight ?? 7;
  const top = 20;
  const { svg } = createFrame(el, {
    className: 'state-heatmap',
    width: 0,
    height: 0,
    margin: NO_MARGIN,
  });
  const labels = svg.append('g').attr('class', 'state-heatmap__symbols');
  const body = svg.append('g').attr('transform', `translate(0,${top})`);
  const columnMark = svg.append('rect').attr('class', 'state-heatmap__column').attr('fill', 'none');
  const cellMark = svg.append('rect').attr('class', 'state-heatmap__cell').attr('fill', 'none');
  // One listener for every cell (a listener per cell was set again at every redraw).
  body.on('pointerover', (event: PointerEvent) => {
    const d = (event.target as { __data__?: { t: number; unit: number } }).__data__;
    if (d) opts.onPoint(d.t, d.unit);
  });
  let drawnSize = '';
  /** The cells as laid out, with the value and colour each shows (none yet: undefined). */
  let cells: { readonly node: Element; readonly t: number; readonly unit: number }[] = [];
  let shown: (number | undefined)[] = [];
  let shownFill: string[] = [];

  /**
   * The cells. Another number of symbols or units lays them out afresh; the same numbers (new
   * weights while training, twice a second) only recolour them, and only what changed is
   * written: the nodes are kept, never looked up or read back (that was most of a training
   * report's cost on the page's thread).
   */
  const drawCells = (states: readonly ArrayLike<number>[], units: number) => {
    const size = `${states.length}x${units}`;
    if (size !== drawnSize) {
      drawnSize = size;
      const layout = states.flatMap((_, t) =>
        Array.from({ length: units }, (_, unit) => ({ t, unit })),
      );
      const marks = rects(body, layout, {
        x: (d) => d.t * w,
        y: (d) => d.unit * h,
        width: w - 1,
        height: h - 1,
      });
      cells = marks.nodes().map((node, i) => ({ node: node as Element, ...layout[i]! }));
      shown = [];
      shownFill = [];
    }
    cells.forEach(({ node, t, unit }, i) => {
      const v = states[t]![unit]!;
      if (shown[i] !== undefined && Object.is(shown[i], v)) return;
      shown[i] = v;
      node.setAttribute('data-value', String(v));
      const fill = divergingColour(v);
      if (shownFill[i] !== fill) node.setAttribute('fill', (shownFill[i] = fill));
    });
  };

  return {
    update({ states, symbols, focus }) {
      const units = states[0]?.length ?? 0;
      const widthPx = Math.max(1, states.length * w);
      const heightPx = top + units * h + 2;
      resizeSvg(svg, widthPx, heightPx, true);
      textMarks(labels, symbols, {
        x: (_, t) => t * w + w / 2,
        y: 14,
        anchor: 'middle',
        text: visibleSymbol,
      });
      drawCells(states, units);
      columnMark
        .attr('display', focus ? null : 'none')
        .attr('x', (focus?.t ?? 0) * w - 0.5)
        .attr('y', 1)
        .attr('width', w)
        .attr('height', heightPx - 2);
      cellMark
        .attr('display', focus ? null : 'none')
        .attr('x', (focus?.t ?? 0) * w - 1)
        .attr('y', top + (focus?.unit ?? 0) * h - 1)
        .attr('width', w + 1)
        .attr('height', h + 1);
    },
    destroy() {
      svg.remove();
    },
  };
}
