import { weight, type RawEdge, type RawNode } from './cellBands';
import type { MemberSpec } from './members';

/**
 * An echo state network's one time step: the input u and the fixed random reservoir x (W_in and
 * W, never trained) feed the new state; only the readout W_out, from x and u, is trained.
 */
export function esnDiagram(config: Extract<MemberSpec, { kind: 'esn' }>['config']) {
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
