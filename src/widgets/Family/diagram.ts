import { createModel, type ModelSpec } from '../../core/model';
import {
  bandFor,
  mirror,
  weight,
  type Band,
  type CellContext,
  type RawEdge,
  type RawNode,
} from './cellBands';
import type { Diagram } from './diagramTypes';
import { esnDiagram } from './esnDiagram';
import type { MemberSpec } from './members';

const BAND_GAP = 1;

function modelDiagram(spec: ModelSpec): Omit<Diagram, 'stages' | 'nodes' | 'edges'> & {
  nodes: RawNode[];
  edges: RawEdge[];
} {
  const model = createModel(spec);
  const L = spec.layers;
  const dirs = spec.bidirectional ? (['fwd', 'bwd'] as const) : (['fwd'] as const);
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  let sources = ['x'];
  // Bands stacked bottom-up from y = 0 (negated and shifted at the end).
  let y = BAND_GAP;
  let width = 0;
  const placed: { band: Band; y: number }[] = [];
  let hints: { inputX?: number; outputX?: number } = {};
  for (let l = 0; l < L; l++) {
    const outs: string[] = [];
    for (const dir of dirs) {
      const ctx: CellContext = {
        p: `l${l}.${dir}.`,
        layer: L > 1 ? l + 1 : null,
        dir: spec.bidirectional ? dir : null,
        sources,
        spec,
      };
      const raw = bandFor(ctx);
      const band = dir === 'bwd' ? mirror(raw) : raw;
      if (l === 0) hints = { inputX: band.inputX };
      if (l === L - 1) hints = { ...hints, outputX: band.outputX };
      placed.push({ band, y: y + band.height });
      y += band.height + BAND_GAP;
      width = Math.max(width, band.width);
      outs.push(...band.outs);
    }
    sources = outs;
  }
  const top = y; // the head's row
  const heightAll = top;
  // Flip: bottom-up position b becomes y = heightAll − b.
  for (const { band, y: bandTop } of placed) {
    const dx = (width - band.width) / 2;
    for (const n of band.nodes) nodes.push({ ...n, x: n.x + dx, y: heightAll - bandTop + n.y });
    edges.push(...band.edges);
  }
  const I = spec.inputSize;
  // The input sits under the nodes it feeds, the output over the nodes it reads.
  const meanX = (ids: readonly string[]) =>
    ids.reduce((sum, id) => sum + nodes.find((n) => n.id === id)!.x, 0) / ids.length;
  const fedByInput = edges.filter((e) => e.from === 'x').map((e) => e.to);
  const inputX = hints.inputX ?? meanX(fedByInput);
  nodes.push({
    id: 'x',
    label: 'x',
    time: 't',
    layer: null,
    dir: null,
    kind: 'input',
    size: I,
    fn: '',
    bias: null,
    x: inputX,
    y: heightAll,
  });
  if (model.head) {
    nodes.push({
      id: 'out',
      // o_t as in chapter 1, except beside the LSTM's output gate o.
      label: spec.cell.kind === 'lstm' ? 'y' : 'o',
      time: 't',
      layer: null,
      dir: null,
      kind: 'output',
      size: spec.outputSize,
      fn: 'softmax',
      bias: 'head.c',
      x: hints.outputX ?? meanX(sources),
      y: 0,
    });
    sources.forEach((src, k) => {
      const part =
        sources.length > 1 && spec.bidirectional ? (k === 0 ? 'cols →' : 'cols ←') : null;
      edges.push(weight(src, 'out', 'head.V', part));
    });
    return { nodes, edges, width, height: heightAll };
  }
  // A Jordan cell computes its own output y: draw it in the head's row.
  const moved = nodes.map((n) => (n.kind === 'output' ? { ...n, y: 0 } : n));
  return { nodes: moved, edges, width, height: heightAll };
}

/** Longest-path depth of every node (the graph of one time step is acyclic). */
function stagesOf(nodes: readonly RawNode[], edges: readonly RawEdge[]): Map<string, number> {
  const stage = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (let pass = 0; pass < nodes.length; pass++) {
    let changed = false;
    for (const e of edges) {
      const next = stage.get(e.from)! + 1;
      if (next > stage.get(e.to)!) {
        stage.set(e.to, next);
        changed = true;
      }
    }
    if (!changed) return stage;
  }
  throw new Error('the diagram of one time step has a cycle');
}

/**
 * One time step of a family member as a graph, derived from the engine's specification: every
 * block of the model's parameter layout (createModel(spec).layout) labels an edge (weight
 * matrices, LSTM peepholes) or a node (biases), gate nodes follow the cell's gate rows
 * (LSTM i, f, g, o; GRU z, r, c), a clockwork layer has one node per module, a deep model one
 * band per layer, a bidirectional one a forward and a backward chain.
 *
 * Coordinates are in abstract units (the chart scales them); y grows downwards: the output at
 * the top, the input at the bottom, the past on the left (on the right for backward chains,
 * whose previous state is s_{t+1}).
 */
export function diagramFor(member: MemberSpec): Diagram {
  const raw = member.kind === 'model' ? modelDiagram(member.spec) : esnDiagram(member.config);
  for (const e of raw.edges) {
    if (!raw.nodes.some((n) => n.id === e.from) || !raw.nodes.some((n) => n.id === e.to))
      throw new Error(`edge ${e.from} → ${e.to} names a missing node`);
  }
  const stage = stagesOf(raw.nodes, raw.edges);
  const nodes = raw.nodes.map((n) => ({ ...n, stage: stage.get(n.id)! }));
  const edges = raw.edges.map((e, k) => ({
    ...e,
    id: `e${k}:${e.from}>${e.to}`,
    stage: stage.get(e.to)!,
  }));
  return {
    nodes,
    edges,
    width: raw.width,
    height: raw.height,
    stages: Math.max(...nodes.map((n) => n.stage)) + 1,
  };
}
