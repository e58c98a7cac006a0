import { select } from 'd3-selection';
import { appendArrowMarker } from './base';
import type { Chart } from './chart';

/**
 * A recurrent cell's one time step as boxes and arrows: vector nodes (input, previous state,
 * gates, new state, output) placed at the abstract coordinates the diagram gives, weight edges
 * labelled with their block, element-wise flows dotted, fixed (untrained) weights dashed. Nodes
 * up to stage `revealed` are drawn as computed, with their first values printed under them, and
 * the edges that feed them carry a moving dash (CSS; none under reduced motion). Nodes are
 * focusable; focus and hover are reported through `onFocusNode` so the page can print values.
 *
 * The chart knows nothing about the engine: it draws the plain data it is given.
 */
export interface FamilyNodeDatum {
  readonly id: string;
  readonly label: string;
  /** Subscript, e.g. "t−1". */
  readonly sub: string;
  /** Superscript, e.g. the layer number or a direction arrow. */
  readonly sup: string;
  readonly kind: 'input' | 'prev' | 'gate' | 'op' | 'state' | 'output';
  readonly x: number;
  readonly y: number;
  readonly stage: number;
  /** Accessible name: symbol, function, values. */
  readonly description: string;
  /** Short value text printed under a computed node. */
  readonly valueText: string;
  /** Printed right of the node, e.g. a clockwork module's period. */
  readonly note?: string;
  /** Greyed out: a clockwork module that does not run at this step. */
  readonly idle?: boolean;
}

export interface FamilyEdgeDatum {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Printed beside the edge (the weight block), or '' for an element-wise flow. */
  readonly label: string;
  readonly title: string;
  readonly weighted: boolean;
  readonly trainable: boolean;
  readonly stage: number;
}

export interface FamilyDiagramData {
  readonly nodes: readonly FamilyNodeDatum[];
  readonly edges: readonly FamilyEdgeDatum[];
  readonly width: number;
  readonly height: number;
  /** Stages 0 … revealed are computed; −1 shows the wiring only. */
  readonly revealed: number;
  /** The stage whose edges carry data right now (animated), or −1. */
  readonly flowing: number;
}

export interface FamilyDiagramOptions {
  readonly ariaLabel: string;
  readonly onFocusNode: (id: string | null) => void;
  /** Pixels per abstract unit, horizontally and vertically. */
  readonly unitX?: number;
  readonly unitY?: number;
}

const NODE_W = 46;
const NODE_H = 30;
const GATE_R = 17;
const PAD = 30;

function radiusOf(kind: FamilyNodeDatum['kind']): { rx: number; ry: number } {
  if (kind === 'gate') return { rx: GATE_R, ry: GATE_R };
  if (kind === 'op') return { rx: 20, ry: 14 };
  return { rx: NODE_W / 2, ry: NODE_H / 2 };
}

/** Where the segment from the centre of a towards b leaves a's outline (box or ellipse). */
function exitPoint(ax: number, ay: number, bx: number, by: number, kind: FamilyNodeDatum['kind']) {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  const { rx, ry } = radiusOf(kind);
  if (kind === 'gate' || kind === 'op') {
    const k = 1 / Math.sqrt((dx / len / rx) ** 2 + (dy / len / ry) ** 2);
    return [ax + (dx / len) * k, ay + (dy / len) * k] as const;
  }
  const k = Math.min(rx / Math.abs(dx || 1e-9), ry / Math.abs(dy || 1e-9));
  return [ax + dx * k, ay + dy * k] as const;
}

export function createFamilyDiagram(
  el: Element,
  opts: FamilyDiagramOptions,
): Chart<FamilyDiagramData> {
  const ux = opts.unitX ?? 96;
  const uy = opts.unitY ?? 66;
  const svg = select(el)
    .append('svg')
    .attr('class', 'family-diagram')
    .attr('role', 'group')
    .attr('aria-label', opts.ariaLabel);
  const markerId = appendArrowMarker(svg, 'family-arrow', 'family-diagram__arrow');
  const edgeLayer = svg
    .append('g')
    .attr('class', 'family-diagram__edges')
    .attr('aria-hidden', 'true');
  const labelLayer = svg
    .append('g')
    .attr('class', 'family-diagram__labels')
    .attr('aria-hidden', 'true');
  const nodeLayer = svg.append('g').attr('class', 'family-diagram__nodes');

  return {
    update(data) {
      const px = (x: number) => PAD + x * ux;
      const py = (y: number) => PAD + y * uy;
      const w = data.width * ux + 2 * PAD;
      const h = data.height * uy + 2 * PAD + 16;
      svg
        .attr('viewBox', `${-NODE_W / 2} ${-NODE_H / 2} ${w + NODE_W} ${h + NODE_H / 2}`)
        .attr('style', `max-width: ${w + NODE_W}px`);
      const byId = new Map(data.nodes.map((n) => [n.id, n]));
      // Parallel edges between the same pair (e.g. several gate rows) are fanned out a little.
      const geometry = data.edges.map((e) => {
        const a = byId.get(e.from)!;
        const b = byId.get(e.to)!;
        const [x1, y1] = exitPoint(px(a.x), py(a.y), px(b.x), py(b.y), a.kind);
        const [x2, y2] = exitPoint(px(b.x), py(b.y), px(a.x), py(a.y), b.kind);
        const mx = (x1 + x2) / 2;
        const my = (y1 + y2) / 2;
        // A slight bend keeps crossing edges apart; straight when vertical or horizontal.
        const bend = Math.abs(x2 - x1) > 4 && Math.abs(y2 - y1) > 4 ? 0.12 : 0;
        // Labels of edges from a previous state sit halfway, others near their target.
        const at = a.kind === 'prev' ? 0.5 : 0.65;
        const cx = mx + (y2 - y1) * bend;
        const cy = my - (x2 - x1) * bend;
        return {
          e,
          d: `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`,
          lx: (1 - at) ** 2 * x1 + 2 * at * (1 - at) * cx + at ** 2 * x2,
          ly: (1 - at) ** 2 * y1 + 2 * at * (1 - at) * cy + at ** 2 * y2,
        };
      });
      edgeLayer
        .selectAll<SVGPathElement, (typeof geometry)[number]>('path')
        .data(geometry, (g) => g.e.id)
        .join('path')
        .attr('d', (g) => g.d)
        .attr('data-edge', (g) => g.e.id)
        .attr('marker-end', `url(#${markerId})`)
        .attr('class', (g) =>
          [
            'family-edge',
            g.e.weighted ? 'family-edge--weight' : 'family-edge--flow',
            g.e.trainable ? '' : 'family-edge--fixed',
            g.e.stage <= data.revealed ? 'is-computed' : '',
            g.e.stage === data.flowing ? 'is-flowing' : '',
          ]
            .filter(Boolean)
            .join(' '),
        )
        .selectAll('title')
        .data((g) => [g.e.title])
        .join('title')
        .text((t) => t);
      labelLayer
        .selectAll<SVGTextElement, (typeof geometry)[number]>('text')
        .data(
          geometry.filter((g) => g.e.label !== ''),
          (g) => g.e.id,
        )
        .join('text')
        .attr('x', (g) => g.lx)
        .attr('y', (g) => g.ly)
        .attr('text-anchor', 'middle')
        .attr('dominant-baseline', 'middle')
        .attr('class', 'family-edge__label')
        .text((g) => g.e.label);

      const nodes = nodeLayer
        .selectAll<SVGGElement, FamilyNodeDatum>('g.family-node')
        .data(data.nodes, (n) => n.id)
        .join((enter) => {
          const g = enter
            .append('g')
            .attr('tabindex', 0)
            .attr('role', 'img')
            .on('focus mouseenter', (_, n) => opts.onFocusNode(n.id))
            .on('blur mouseleave', () => opts.onFocusNode(null));
          g.append('ellipse');
          g.append('rect');
          const t = g
            .append('text')
            .attr('class', 'family-node__label')
            .attr('text-anchor', 'middle');
          t.append('tspan').attr('class', 'family-node__symbol');
          t.append('tspan').attr('class', 'family-node__sup').attr('baseline-shift', 'super');
          t.append('tspan').attr('class', 'family-node__sub').attr('baseline-shift', 'sub');
          g.append('text').attr('class', 'family-node__value').attr('text-anchor', 'middle');
          g.append('text')
            .attr('class', 'family-node__note')
            .attr('x', NODE_W / 2 + 6)
            .attr('y', 4);
          return g;
        })
        .attr('data-node', (n) => n.id)
        .attr('data-stage', (n) => n.stage)
        .attr('aria-label', (n) => n.description)
        .attr('transform', (n) => `translate(${px(n.x)},${py(n.y)})`)
        .attr('class', (n) =>
          [
            'family-node',
            `family-node--${n.kind}`,
            n.stage <= data.revealed ? 'is-computed' : '',
            n.idle ? 'is-idle' : '',
          ]
            .filter(Boolean)
            .join(' '),
        );
      const round = (n: FamilyNodeDatum) => n.kind === 'gate' || n.kind === 'op';
      nodes
        .select('ellipse')
        .attr('display', (n) => (round(n) ? null : 'none'))
        .attr('rx', (n) => radiusOf(n.kind).rx)
        .attr('ry', (n) => radiusOf(n.kind).ry);
      nodes
        .select('rect')
        .attr('display', (n) => (round(n) ? 'none' : null))
        .attr('x', -NODE_W / 2)
        .attr('y', -NODE_H / 2)
        .attr('width', NODE_W)
        .attr('height', NODE_H)
        .attr('rx', (n) => (n.kind === 'output' ? 10 : 4));
      const label = nodes.select('text.family-node__label').attr('y', 5);
      label.select('tspan.family-node__symbol').text((n) => n.label);
      label.select('tspan.family-node__sup').text((n) => n.sup);
      label.select('tspan.family-node__sub').text((n) => n.sub);
      nodes
        .select('text.family-node__value')
        .attr('y', (n) => radiusOf(n.kind).ry + 12)
        .text((n) => (n.stage <= data.revealed ? n.valueText : ''));
      nodes.select('text.family-node__note').text((n) => n.note ?? '');
    },
    destroy() {
      svg.remove();
    },
  };
}
