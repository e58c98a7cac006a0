import type {
  FamilyDiagramData,
  FamilyEdgeDatum,
  FamilyNodeDatum,
} from '../../charts/familyDiagram';
import type { Diagram, DiagramNode } from './diagramTypes';
import type { NodeValues } from './step';

/** How the widget prints numbers: three decimals, a true minus sign. */
export const fmt = (v: number, digits = 3) => v.toFixed(digits).replace('-', '−');

const TIME_TEXT = { 't-1': 't−1', t: 't', 't+1': 't+1' } as const;
const TIME_SUB = { 't-1': 'ₜ₋₁', t: 'ₜ', 't+1': 'ₜ₊₁' } as const;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The node's symbol in plain text: layer as a superscript, direction, time, e.g. "s²→ₜ₋₁". */
export function nodeName(n: DiagramNode): string {
  const layer = n.layer === null ? '' : SUPERSCRIPT[n.layer]!;
  const dir = n.dir === 'fwd' ? '→' : n.dir === 'bwd' ? '←' : '';
  const period = n.period ? ` (T = ${n.period})` : '';
  return `${n.label}${layer}${dir}${TIME_SUB[n.time]}${period}`;
}

/** The short label of a weight block: `l1.fwd.Wx` → `Wx`, with the gate or module part. */
export function edgeLabel(block: string | null, part: string | null): string {
  if (block === null) return '';
  const short = block.replace(/^l\d+\.(fwd|bwd)\./, '').replace(/^head\./, '');
  const gate = part?.match(/^rows (\w)/)?.[1];
  if (gate) return `${short}·${gate}`;
  // A clockwork block W_mk: module m reads module k.
  const modules = part?.match(/^m(\d+)←m(\d+)$/);
  return modules ? `${short}${modules[1]}${modules[2]}` : short;
}

/** A clockwork module runs at step t when t mod T = 0 (Koutník et al. 2014). */
export const isIdle = (n: DiagramNode, t: number) =>
  n.kind === 'state' && n.period !== undefined && t % n.period !== 0;

/** Plain data for the diagram chart: positions, names, value text. */
export function chartData(
  diagram: Diagram,
  values: NodeValues,
  t: number,
  revealed: number,
  flowing: number,
): FamilyDiagramData {
  const nodes: FamilyNodeDatum[] = diagram.nodes.map((n) => {
    const v = values.get(n.id) ?? new Float64Array(0);
    // Round nodes are narrow: two numbers under a gate, three under a box.
    const room = n.kind === 'gate' || n.kind === 'op' ? 2 : 3;
    const shown = Array.from(v.slice(0, room), (x) => fmt(x, 2));
    const valueText = `${shown.join(' ')}${v.length > room ? ' …' : ''}`;
    return {
      id: n.id,
      label: n.label,
      sub: TIME_TEXT[n.time],
      sup: `${n.layer ?? ''}${n.dir === 'fwd' ? '→' : n.dir === 'bwd' ? '←' : ''}`,
      kind: n.kind,
      x: n.x,
      y: n.y,
      stage: n.stage,
      description: `${nodeName(n)}${n.fn ? ` = ${n.fn}(…)` : ''}: ${Array.from(v, (x) => fmt(x)).join(', ')}`,
      valueText,
      idle: isIdle(n, t),
      note: n.period !== undefined && n.kind === 'state' ? `T = ${n.period}` : '',
    };
  });
  const nodeById = new Map(diagram.nodes.map((n) => [n.id, n]));
  const edges: FamilyEdgeDatum[] = diagram.edges.map((e) => ({
    id: e.id,
    from: e.from,
    to: e.to,
    label: edgeLabel(e.block, e.part),
    title: `${nodeName(nodeById.get(e.from)!)} → ${nodeName(nodeById.get(e.to)!)}${
      e.block ? `: ${e.block}${e.part ? ` (${e.part})` : ''}` : ''
    }`,
    weighted: e.block !== null,
    trainable: e.trainable,
    stage: e.stage,
  }));
  return { nodes, edges, width: diagram.width, height: diagram.height, revealed, flowing };
}
