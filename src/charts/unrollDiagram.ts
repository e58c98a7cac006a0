import { select, type Selection } from 'd3-selection';
import { appendArrowMarker, divergingColour as colour } from './base';
import type { Chart } from './chart';
import { stripOffset, unrollLayout, type UnrollLayout } from './unrollLayout';

export type SharedWeight = 'U' | 'W' | 'V';

export interface UnrollDiagramOptions {
  /** The reader hovered, focused or moved to copy t. */
  readonly onFocusStep: (t: number) => void;
}

export interface UnrollDiagramData {
  readonly T: number;
  readonly unrolled: boolean;
  /** The step shown in detail (outlined). */
  readonly focus: number;
  /** The shared matrix whose arrows are lit in every copy at once. */
  readonly lit: SharedWeight | null;
  /** At least T entries each. */
  readonly tokens: readonly string[];
  readonly states: readonly ArrayLike<number>[];
  readonly outputs: readonly string[];
  /** What a screen reader says for each copy (step, word, state values). */
  readonly stepLabels: readonly string[];
  readonly listLabel: string;
  /** prefers-reduced-motion: no tweening, every change jumps to its end state. */
  readonly still: boolean;
}

const short = (w: string) =>
  Array.from(w).length > 9 ? `${Array.from(w).slice(0, 8).join('')}…` : w;
const subscript = (n: number) => String(n).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]!);

type Copy = { t: number };
type G<D> = Selection<SVGGElement, D, SVGGElement, unknown>;

/** An arrow with its matrix's letter beside it; `edge--<name>` lets one matrix light up everywhere. */
function arrow<D>(
  g: G<D>,
  name: SharedWeight,
  marker: string,
  [x1, y1, x2, y2]: [number, number, number, number],
  [lx, ly]: [number, number],
) {
  const e = g.append('g').attr('class', `edge edge--${name}`);
  e.append('line')
    .attr('x1', x1)
    .attr('y1', y1)
    .attr('x2', x2)
    .attr('y2', y2)
    .attr('marker-end', `url(#${marker})`);
  e.append('text').attr('class', 'edge__label').attr('x', lx).attr('y', ly).text(name);
}

/**
 * The folded RNN cell (a box with a self-loop W) and its unrolled chain of T copies, each with
 * its input word and U below, its state s_t as a strip of coloured cells, V and its most likely
 * next word above, and W between neighbours. Moving between folded and unrolled is a CSS
 * transition of each copy's transform, which `still` (or the reduced-motion media query) turns off.
 */
export function createUnrollDiagram(
  el: Element,
  opts: UnrollDiagramOptions,
): Chart<UnrollDiagramData> {
  const svg = select(el).append('svg').attr('class', 'unroll');
  const marker = appendArrowMarker(svg, 'unroll-arrow', 'unroll__arrowhead');
  const edgesLayer = svg.append('g').attr('class', 'unroll__between');
  const loop = svg.append('g').attr('class', 'unroll__loop moves');
  const list = svg.append('g').attr('role', 'listbox').attr('class', 'unroll__copies');
  let layout: UnrollLayout | null = null;
  let hidden = 0;
  let last: UnrollDiagramData | null = null;
  let moveFocus = false;

  const step = (t: number) => {
    if (!last) return;
    const next = Math.max(0, Math.min(last.T - 1, t));
    if (next !== last.focus) opts.onFocusStep(next);
  };

  function drawLoop(l: UnrollLayout) {
    loop.selectAll('*').remove();
    const { boxTop, boxHeight } = l.rows;
    const e = loop.append('g').attr('class', 'edge edge--W');
    const y1 = boxTop + 12;
    const y2 = boxTop + boxHeight - 12;
    e.append('path')
      .attr('d', `M0,${y1} C44,${y1 - 22} 44,${y2 + 22} 2,${y2}`)
      .attr('fill', 'none')
      .attr('marker-end', `url(#${marker})`);
    e.append('text')
      .attr('class', 'edge__label')
      .attr('x', 40)
      .attr('y', boxTop + boxHeight / 2 + 4)
      .text('W');
  }

  function drawCopy(g: G<Copy>, l: UnrollLayout, H: number) {
    const { rows, boxWidth: bw } = l;
    const mid = bw / 2;
    g.append('text').attr('class', 'copy__out').attr('x', mid).attr('y', rows.output);
    arrow(g, 'V', marker, [mid, rows.boxTop, mid, rows.vEnd], [mid + 6, rows.vEnd + 16]);
    g.append('rect')
      .attr('class', 'copy__box')
      .attr('y', rows.boxTop)
      .attr('width', bw)
      .attr('height', rows.boxHeight)
      .attr('rx', 6);
    g.append('text')
      .attr('class', 'copy__name')
      .attr('x', 6)
      .attr('y', rows.boxTop + 13);
    const x0 = stripOffset(l, H);
    g.selectAll('rect.copy__cell')
      .data(Array.from({ length: H }, (_, i) => i))
      .join('rect')
      .attr('class', 'copy__cell')
      .attr('x', (i) => x0 + i * l.cellWidth)
      .attr('y', rows.boxTop + 19)
      .attr('width', l.cellWidth - 1)
      .attr('height', l.cellHeight);
    arrow(
      g,
      'U',
      marker,
      [mid, rows.uStart, mid, rows.boxTop + rows.boxHeight],
      [mid + 6, rows.uStart - 6],
    );
    g.append('text').attr('class', 'copy__in').attr('x', mid).attr('y', rows.input);
  }

  return {
    update(data) {
      const H = data.states[0]?.length ?? 0;
      const l = unrollLayout(data.T, H, data.unrolled);
      const rebuilt = !layout || H !== hidden || l.boxWidth !== layout.boxWidth;
      const foldedX = l.copyX[0]!;
      if (rebuilt) {
        list.selectAll('*').remove();
        edgesLayer.selectAll('*').remove();
        drawLoop(l);
      }
      layout = l;
      hidden = H;
      last = data;
      svg
        .classed('unroll--still', data.still)
        .attr('viewBox', `0 0 ${l.width} ${l.height}`)
        .attr('width', l.width)
        .attr('height', l.height);
      list.attr('aria-label', data.listLabel).attr('aria-orientation', 'horizontal');
      loop
        .style('transform', `translate(${l.loopX}px, 0px)`)
        // A chain of one copy keeps its loop: there is no neighbour for W to point at.
        .style('opacity', data.unrolled && data.T > 1 ? 0 : 1)
        .attr('aria-hidden', 'true');

      const copies = list
        .selectAll<SVGGElement, Copy>('g.copy')
        .data(
          Array.from({ length: data.T }, (_, t) => ({ t })),
          (d) => String(d.t),
        )
        .join(
          (enter) => {
            const g = enter
              .append('g')
              .attr('class', 'copy moves')
              .attr('role', 'option')
              .attr('data-step', (d) => d.t)
              // A new copy slides out from the one before it (or from the folded cell).
              .style(
                'transform',
                (d) => `translate(${layout!.copyX[Math.max(0, d.t - 1)] ?? foldedX}px, 0px)`,
              )
              .style('opacity', 0)
              .on('mouseenter', (_, d) => step(d.t))
              .on('focus', (_, d) => step(d.t))
              .on('click', (_, d) => step(d.t))
              .on('keydown', (event: KeyboardEvent, d) => {
                const to =
                  event.key === 'ArrowRight' || event.key === 'ArrowDown'
                    ? d.t + 1
                    : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
                      ? d.t - 1
                      : event.key === 'Home'
                        ? 0
                        : event.key === 'End'
                          ? Infinity
                          : null;
                if (to === null) return;
                event.preventDefault();
                moveFocus = true;
                step(to);
              });
            drawCopy(g, l, H);
            return g;
          },
          (update) => update,
          (exit) => exit.remove(),
        );
      // Let the browser see the start positions before moving to the end ones.
      if (!data.still) (svg.node() as SVGSVGElement).getBoundingClientRect();

      const shown = (t: number) => data.unrolled || t === data.focus;
      copies
        .attr('data-x', (d) => l.copyX[d.t]!)
        .style('transform', (d) => `translate(${l.copyX[d.t]}px, 0px)`)
        .style('opacity', (d) => (shown(d.t) ? 1 : 0))
        .style('pointer-events', (d) => (shown(d.t) ? null : 'none'))
        .attr('aria-hidden', (d) => (shown(d.t) ? null : 'true'))
        .attr('aria-selected', (d) => String(d.t === data.focus))
        .attr('aria-label', (d) => data.stepLabels[d.t]!)
        .attr('tabindex', (d) => (d.t === data.focus ? 0 : -1))
        .classed('copy--focus', (d) => d.t === data.focus);
      copies.select('text.copy__out').text((d) => short(data.outputs[d.t]!));
      copies.select('text.copy__in').text((d) => short(data.tokens[d.t]!));
      copies.select('text.copy__name').text((d) => `s${subscript(d.t)}`);
      copies.each(function (d) {
        const s = data.states[d.t]!;
        select(this)
          .selectAll<SVGRectElement, number>('rect.copy__cell')
          .attr('fill', (i) => colour(s[i]!))
          .attr('data-value', (i) => String(s[i]));
      });

      // W arrows between neighbours: folded, they collapse into the loop's place and fade out.
      edgesLayer
        .selectAll<SVGGElement, number>('g.between')
        .data(
          l.wEdgeX.map((_, i) => i + 1),
          (t) => String(t),
        )
        .join(
          (enter) => {
            const g = enter
              .append('g')
              .attr('class', 'between moves')
              .attr('aria-hidden', 'true')
              .style('transform', `translate(${l.loopX}px, 0px)`)
              .style('opacity', 0);
            const y = l.rows.boxTop + l.rows.boxHeight / 2;
            arrow(g as unknown as G<number>, 'W', marker, [0, y, l.gap, y], [l.gap / 2 - 5, y - 6]);
            return g;
          },
          (update) => update,
          (exit) => exit.remove(),
        )
        .attr('data-to', (t) => t)
        .style('transform', (t) => `translate(${data.unrolled ? l.wEdgeX[t - 1] : l.loopX}px, 0px)`)
        .style('opacity', data.unrolled ? 1 : 0);

      svg.selectAll('g.edge').classed('edge--lit', function () {
        return data.lit !== null && (this as Element).classList.contains(`edge--${data.lit}`);
      });
      svg.classed('unroll--lighting', data.lit !== null);

      if (moveFocus) {
        moveFocus = false;
        (
          list.select<SVGGElement>(`g.copy[data-step="${data.focus}"]`).node() as SVGGElement | null
        )?.focus();
      }
    },
    destroy() {
      svg.remove();
    },
  };
}
