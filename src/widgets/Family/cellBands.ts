import { clockworkModules } from '../../core/cells';
import type { ModelSpec } from '../../core/model';
import type { DiagramEdge, DiagramNode, NodeKind, Time } from './diagramTypes';

/**
 * The nodes and edges of one recurrent layer ("band") of a family diagram, per cell kind: what
 * diagram.ts stacks into deep and bidirectional models. Coordinates are in band units.
 */
export type RawNode = Omit<DiagramNode, 'stage'>;
export type RawEdge = Omit<DiagramEdge, 'stage' | 'id'>;

export interface Band {
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

export interface CellContext {
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

export function weight(
  from: string,
  to: string,
  block: string,
  part: string | null = null,
): RawEdge {
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
        label: 's',
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
    n('rs', 'r⊙s', 'op', 'r ⊙ sₜ₋₁', 2.5, 2),
    n('c', 's̃', 'gate', gateFn.c, 3.5, 1.3),
    n('s', 's', 'state', '(1 − z) ⊙ s̃ + z ⊙ sₜ₋₁', 4.7, 0.6),
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
    n('hprev', 's', 't-1', 'prev', '', 0, 2.8),
    ...gates.map((g) => n(g, g, 't', 'gate', gateFn[g], gateX[g], 1.1)),
    n('c', 'c', 't', 'state', 'f ⊙ cₜ₋₁ + i ⊙ g', 4.6, 0),
    n('h', 's', 't', 'state', 'o ⊙ tanh(cₜ)', 5.2, 1.8),
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

export function bandFor(ctx: CellContext): Band {
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
export function mirror(band: Band): Band {
  return {
    ...band,
    nodes: band.nodes.map((n) => ({
      ...n,
      x: band.width - n.x,
      time: n.time === 't-1' ? 't+1' : n.time,
    })),
  };
}
