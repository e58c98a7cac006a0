import { clockworkModules } from '../../core/cells/srn';
import { createModel } from '../../core/model/model';
import type { ModelSpec } from '../../core/model/spec';
import type { MemberSpec } from './members';

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
export type NodeKind = 'input' | 'prev' | 'gate' | 'op' | 'state' | 'output';
export type Time = 't-1' | 't' | 't+1';

export interface DiagramNode {
  readonly id: string;
  /** The symbol: x, s, h, c, i, f, g, o, z, r, y, … */
  readonly label: string;
  readonly time: Time;
  /** Layer number from 1 (shown when there are several), null outside the layers. */
  readonly layer: number | null;
  readonly dir: 'fwd' | 'bwd' | null;
  readonly kind: NodeKind;
  /** Length of the vector the node holds. */
  readonly size: number;
  /** What the node computes from its inputs (σ, tanh, softmax, f∘c + i∘g, …). */
  readonly fn: string;
  /** The layout block of the node's bias, if it has one. */
  readonly bias: string | null;
  readonly x: number;
  readonly y: number;
  /** Dependency depth: 0 for inputs and previous states; a node is computed after its sources. */
  readonly stage: number;
  /** Clockwork module: its period. */
  readonly period?: number;
}

export interface DiagramEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The layout block whose entries weight this edge, or null for an element-wise flow. */
  readonly block: string | null;
  /** Which part of the block: gate rows ("i"), a clockwork block ("m1←m3"), columns. */
  readonly part: string | null;
  /** False for an echo state network's fixed random weights. */
  readonly trainable: boolean;
  /** The stage of the node it feeds: the edge carries data when that node is computed. */
  readonly stage: number;
}

export interface Diagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly width: number;
  readonly height: number;
  /** Largest stage + 1. */
  readonly stages: number;
}

type RawNode = Omit<DiagramNode, 'stage'>;
type RawEdge = Omit<DiagramEdge, 'stage' | 'id'>;

interface Band {
  nodes: RawNode[];
  edges: RawEdge[];
  width: number;
  height: number;
  /** The node(s) the layer above (or the head) reads. */
  outs: string[];
  /** Where to put the input and output nodes, in band units, when not under/over the nodes. */
  inputX?: number;
  outputX?: number;
}

interface CellContext {
  readonly p: string;
  readonly layer: number | null;
  readonly dir: 'fwd' | 'bwd' | null;
  readonly sources: readonly string[];
  readonly spec: ModelSpec;
}

const gateFn = { i: 'σ', f: 'σ', g: 'tanh', o: 'σ', z: 'σ', r: 'σ', c: 'tanh' } as const;

function node(ctx: CellContext, rest: Omit<RawNode, 'layer' | 'dir'>): RawNode {
  return { layer: ctx.layer, dir: ctx.dir, ...rest };
}

function weight(from: string, to: string, block: string, part: string | null = null): RawEdge {
  return { from, to, block, part, trainable: true };
}

function flow(from: string, to: string): RawEdge {
  return { from, to, block: null, part: null, trainable: true };
}

/** Edges from every input source into `to`, weighted by block `name` (split by columns). */
function inputEdges(ctx: CellContext, to: string, name: string, part: string | null): RawEdge[] {
  return ctx.sources.map((src, k) => {
    const cols = ctx.sources.length > 1 ? (k === 0 ? 'cols →' : 'cols ←') : null;
    const label = [part, cols].filter(Boolean).join(', ') || null;
    return weight(src, to, `${ctx.p}${name}`, label);
  });
}

function srnBand(ctx: CellContext): Band {
  const H = ctx.spec.hiddenSize;
  const { p } = ctx;
  return {
    nodes: [
      node(ctx, {
        id: `${p}prev`,
        label: 's',
        time: 't-1',
        kind: 'prev',
        size: H,
        fn: '',
        bias: null,
        x: 0,
        y: 0.5,
      }),
      node(ctx, {
        id: `${p}s`,
        label: 's',
        time: 't',
        kind: 'state',
        size: H,
        fn: 'tanh',
        bias: `${p}b`,
        x: 2,
        y: 0.5,
      }),
    ],
    edges: [...inputEdges(ctx, `${p}s`, 'U', null), weight(`${p}prev`, `${p}s`, `${p}W`)],
    width: 2,
    height: 1,
    outs: [`${p}s`],
  };
}

function jordanBand(ctx: CellContext): Band {
  const { p, spec } = ctx;
  const H = spec.hiddenSize;
  const O = spec.outputSize;
  return {
    nodes: [
      node(ctx, {
        id: `${p}prev`,
        label: 'y',
        time: 't-1',
        kind: 'prev',
        size: O,
        fn: '',
        bias: null,
        x: 0,
        y: 0.5,
      }),
      node(ctx, {
        id: `${p}h`,
        label: 'h',
        time: 't',
        kind: 'state',
        size: H,
        fn: 'tanh',
        bias: `${p}b`,
        x: 1.5,
        y: 0.5,
      }),
      node(ctx, {
        id: `${p}y`,
        label: 'y',
        time: 't',
        kind: 'output',
        size: O,
        fn: 'softmax',
        bias: `${p}c`,
        x: 3,
        y: 0.5,
      }),
    ],
    edges: [
      ...inputEdges(ctx, `${p}h`, 'U', null),
      weight(`${p}prev`, `${p}h`, `${p}W`),
      weight(`${p}h`, `${p}y`, `${p}V`),
    ],
    width: 3,
    height: 1,
    outs: [],
  };
}

function clockworkBand(ctx: CellContext): Band {
  const { p, spec } = ctx;
  const periods = spec.cell.kind === 'clockwork' ? spec.cell.periods : [1];
  const M = periods.length;
  const owner = clockworkModules(spec.hiddenSize, M);
  const sizeOf = (m: number) => owner.filter((o) => o === m).length;
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  const gap = 1;
  for (let m = 0; m < M; m++) {
    const T = periods[m]!;
    const y = m * gap;
    const common = { size: sizeOf(m), period: T };
    nodes.push(
      node(ctx, {
        id: `${p}prev.m${m}`,
        label: 's',
        time: 't-1',
        kind: 'prev',
        fn: '',
        bias: null,
        x: 0,
        y,
        ...common,
      }),
      node(ctx, {
        id: `${p}s.m${m}`,
        label: 's',
        time: 't',
        kind: 'state',
        fn: `tanh, T = ${T}`,
        bias: `${p}b`,
        x: 2.5,
        y,
        ...common,
      }),
    );
    edges.push(...inputEdges(ctx, `${p}s.m${m}`, 'U', `module ${m + 1}`));
    // Slower modules feed faster ones: block (m, k) of W is free only for k ≥ m.
    for (let k = m; k < M; k++)
      edges.push(weight(`${p}prev.m${k}`, `${p}s.m${m}`, `${p}W`, `m${m + 1}←m${k + 1}`));
  }
  return {
    nodes,
    edges,
    width: 3.5,
    height: (M - 1) * gap,
    // Beside the column of modules, so that the edges to each module stay apart.
    inputX: 1.4,
    outputX: 3.5,
    outs: nodes.filter((n) => n.kind === 'state').map((n) => n.id),
  };
}

function gruBand(ctx: CellContext): Band {
  const { p } = ctx;
  const H = ctx.spec.hiddenSize;
  const n = (id: string, label: string, kind: NodeKind, fn: string, x: number, y: number) =>
    node(ctx, {
      id: `${p}${id}`,
      label,
      time: id === 'prev' ? 't-1' : 't',
      kind,
      size: H,
      fn,
      bias: kind === 'gate' ? `${p}b` : null,
      x,
      y,
    });
  const nodes = [
    n('prev', 's', 'prev', '', 0, 1),
    n('z', 'z', 'gate', gateFn.z, 1.4, 0),
    n('r', 'r', 'gate', gateFn.r, 1.4, 1.3),
    n('rs', 'r∘s', 'op', 'r ∘ sₜ₋₁', 2.5, 2),
    n('c', 'c̃', 'gate', gateFn.c, 3.5, 1.3),
    n('s', 's', 'state', '(1 − z) ∘ c̃ + z ∘ sₜ₋₁', 4.7, 0.6),
  ];
  const gate = (g: 'z' | 'r' | 'c', fromState: string) => [
    ...inputEdges(ctx, `${p}${g}`, 'Wx', `rows ${g}`),
    weight(fromState, `${p}${g}`, `${p}Wh`, `rows ${g}`),
  ];
  return {
    nodes,
    edges: [
      ...gate('z', `${p}prev`),
      ...gate('r', `${p}prev`),
      flow(`${p}prev`, `${p}rs`),
      flow(`${p}r`, `${p}rs`),
      ...gate('c', `${p}rs`),
      flow(`${p}z`, `${p}s`),
      flow(`${p}c`, `${p}s`),
      flow(`${p}prev`, `${p}s`),
    ],
    width: 4.7,
    height: 2,
    outs: [`${p}s`],
  };
}

function lstmBand(ctx: CellContext): Band {
  const { p, spec } = ctx;
  const H = spec.hiddenSize;
  const peepholes = spec.cell.kind === 'lstm' && spec.cell.peepholes;
  const n = (
    id: string,
    label: string,
    time: Time,
    kind: NodeKind,
    fn: string,
    x: number,
    y: number,
  ) =>
    node(ctx, {
      id: `${p}${id}`,
      label,
      time,
      kind,
      size: H,
      fn,
      bias: kind === 'gate' ? `${p}b` : null,
      x,
      y,
    });
  const gates = ['i', 'f', 'g', 'o'] as const;
  const gateX = { f: 1.2, i: 2.0, g: 2.8, o: 3.6 };
  const nodes = [
    n('cprev', 'c', 't-1', 'prev', '', 0, 0),
    n('hprev', 'h', 't-1', 'prev', '', 0, 2.8),
    ...gates.map((g) => n(g, g, 't', 'gate', gateFn[g], gateX[g], 1.1)),
    n('c', 'c', 't', 'state', 'f ∘ cₜ₋₁ + i ∘ g', 4.6, 0),
    n('h', 'h', 't', 'state', 'o ∘ tanh(cₜ)', 5.2, 1.8),
  ];
  const edges: RawEdge[] = [];
  for (const g of gates) {
    edges.push(...inputEdges(ctx, `${p}${g}`, 'Wx', `rows ${g}`));
    edges.push(weight(`${p}hprev`, `${p}${g}`, `${p}Wh`, `rows ${g}`));
  }
  if (peepholes) {
    edges.push(weight(`${p}cprev`, `${p}i`, `${p}p_i`));
    edges.push(weight(`${p}cprev`, `${p}f`, `${p}p_f`));
    edges.push(weight(`${p}c`, `${p}o`, `${p}p_o`));
  }
  edges.push(
    flow(`${p}cprev`, `${p}c`),
    flow(`${p}f`, `${p}c`),
    flow(`${p}i`, `${p}c`),
    flow(`${p}g`, `${p}c`),
    flow(`${p}o`, `${p}h`),
    flow(`${p}c`, `${p}h`),
  );
  return { nodes, edges, width: 5.2, height: 2.8, outs: [`${p}h`] };
}

function bandFor(ctx: CellContext): Band {
  switch (ctx.spec.cell.kind) {
    case 'srn':
      return srnBand(ctx);
    case 'jordan':
      return jordanBand(ctx);
    case 'clockwork':
      return clockworkBand(ctx);
    case 'gru':
      return gruBand(ctx);
    case 'lstm':
      return lstmBand(ctx);
  }
}

/** Mirrors a backward band left-to-right (its past, s_{t+1}, is on the right) and relabels time. */
function mirror(band: Band): Band {
  return {
    ...band,
    nodes: band.nodes.map((n) => ({
      ...n,
      x: band.width - n.x,
      time: n.time === 't-1' ? 't+1' : n.time,
    })),
  };
}

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

function esnDiagram(config: Extract<MemberSpec, { kind: 'esn' }>['config']) {
  const N = config.reservoirSize;
  const base = { layer: null, dir: null } as const;
  const nodes: RawNode[] = [
    {
      ...base,
      id: 'x',
      label: 'u',
      time: 't',
      kind: 'input',
      size: config.inputSize,
      fn: '',
      bias: null,
      x: 1,
      y: 3,
    },
    {
      ...base,
      id: 'esn.prev',
      label: 'x',
      time: 't-1',
      kind: 'prev',
      size: N,
      fn: '',
      bias: null,
      x: 0,
      y: 1.5,
    },
    {
      ...base,
      id: 'esn.x',
      label: 'x',
      time: 't',
      kind: 'state',
      size: N,
      fn: 'tanh',
      bias: 'W_in',
      x: 2,
      y: 1.5,
    },
    {
      ...base,
      id: 'out',
      label: 'y',
      time: 't',
      kind: 'output',
      size: config.outputSize,
      fn: 'linear',
      bias: 'W_out',
      x: 1,
      y: 0,
    },
  ];
  const fixed = (from: string, to: string, block: string, part: string | null): RawEdge => ({
    from,
    to,
    block,
    part,
    trainable: false,
  });
  const edges: RawEdge[] = [
    fixed('x', 'esn.x', 'W_in', 'cols 1…K'),
    fixed('esn.prev', 'esn.x', 'W', null),
    weight('esn.x', 'out', 'W_out', 'cols x'),
    weight('x', 'out', 'W_out', 'cols u'),
  ];
  return { nodes, edges, width: 2, height: 3 };
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
