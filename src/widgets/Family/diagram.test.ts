import { describe, expect, it } from 'vitest';
import { createModel } from '../../core/model';
import { diagramFor } from './diagram';
import { MEMBERS, memberSpec, type FamilySizes } from './members';

const sizes: FamilySizes = {
  inputSize: 3,
  hiddenSize: 5,
  outputSize: 2,
  layers: 3,
  peepholes: true,
};

describe('diagramFor', () => {
  it('draws every block of the engine’s layout, as an edge or as a node’s bias', () => {
    for (const member of MEMBERS) {
      for (const peepholes of [false, true]) {
        const spec = memberSpec(member, { ...sizes, peepholes }, 1);
        const d = diagramFor(spec);
        const drawn = new Set([...d.edges.map((e) => e.block), ...d.nodes.map((n) => n.bias)]);
        const blocks =
          spec.kind === 'model'
            ? createModel(spec.spec).layout.blocks.map((b) => b.name)
            : ['W_in', 'W', 'W_out'];
        for (const b of blocks) expect(drawn, `${member}: ${b}`).toContain(b);
        // …and nothing the layout does not have.
        for (const b of drawn) if (b !== null) expect(blocks, `${member}: ${b}`).toContain(b);
      }
    }
  });

  it('gives the LSTM its four gates i, f, g, o, fed by the matching rows of Wx and Wh', () => {
    const d = diagramFor(memberSpec('lstm', sizes, 1));
    const gates = d.nodes.filter((n) => n.kind === 'gate').map((n) => n.label);
    expect(gates.sort()).toEqual(['f', 'g', 'i', 'o']);
    for (const g of ['i', 'f', 'g', 'o']) {
      const into = d.edges.filter((e) => e.to === `l0.fwd.${g}`);
      expect(into.map((e) => `${e.block} ${e.part}`)).toEqual(
        expect.arrayContaining([`l0.fwd.Wx rows ${g}`, `l0.fwd.Wh rows ${g}`]),
      );
    }
    // Peepholes: c_{t−1} → i, f and c_t → o.
    expect(d.edges.find((e) => e.block === 'l0.fwd.p_o')).toMatchObject({
      from: 'l0.fwd.c',
      to: 'l0.fwd.o',
    });
  });

  it('gives the GRU the gates z, r and the candidate s̃ that reads r ⊙ s', () => {
    const d = diagramFor(memberSpec('gru', sizes, 1));
    expect(d.nodes.filter((n) => n.kind === 'gate').map((n) => n.id)).toEqual([
      'l0.fwd.z',
      'l0.fwd.r',
      'l0.fwd.c',
    ]);
    expect(d.edges.find((e) => e.to === 'l0.fwd.c' && e.block === 'l0.fwd.Wh')!.from).toBe(
      'l0.fwd.rs',
    );
  });

  it('gives a bidirectional RNN a forward chain from s_{t−1} and a backward one from s_{t+1}', () => {
    const d = diagramFor(memberSpec('bidirectional', sizes, 1));
    const prev = d.nodes.filter((n) => n.kind === 'prev');
    expect(prev.map((n) => [n.dir, n.time])).toEqual([
      ['fwd', 't-1'],
      ['bwd', 't+1'],
    ]);
    expect(d.edges.filter((e) => e.to === 'out').map((e) => e.from)).toEqual([
      'l0.fwd.s',
      'l0.bwd.s',
    ]);
    // The backward chain is mirrored: its past is on the right of its state.
    const bwdPrev = d.nodes.find((n) => n.id === 'l0.bwd.prev')!;
    const bwdState = d.nodes.find((n) => n.id === 'l0.bwd.s')!;
    expect(bwdPrev.x).toBeGreaterThan(bwdState.x);
  });

  it('stacks L layers in a deep RNN, each reading the one below', () => {
    const d = diagramFor(memberSpec('deep', sizes, 1));
    const states = d.nodes.filter((n) => n.kind === 'state');
    expect(states.map((n) => n.layer)).toEqual([1, 2, 3]);
    expect(d.edges.filter((e) => e.block?.endsWith('.U')).map((e) => [e.from, e.to])).toEqual([
      ['x', 'l0.fwd.s'],
      ['l0.fwd.s', 'l1.fwd.s'],
      ['l1.fwd.s', 'l2.fwd.s'],
    ]);
    // Higher layers are drawn higher up, and are computed later.
    expect(states[2]!.y).toBeLessThan(states[0]!.y);
    expect(states[2]!.stage).toBeGreaterThan(states[0]!.stage);
  });

  it('splits a clockwork layer into modules, where only slower modules feed faster ones', () => {
    const d = diagramFor(memberSpec('cwrnn', { ...sizes, hiddenSize: 8 }, 1));
    const modules = d.nodes.filter((n) => n.kind === 'state');
    expect(modules.map((n) => n.period)).toEqual([1, 2, 4, 8]);
    expect(modules.map((n) => n.size)).toEqual([2, 2, 2, 2]);
    const recurrent = d.edges.filter((e) => e.block === 'l0.fwd.W').map((e) => e.part);
    expect(recurrent).toHaveLength(10); // 4 + 3 + 2 + 1 blocks on or above the diagonal
    expect(recurrent).toContain('m1←m4');
    expect(recurrent).not.toContain('m4←m1');
  });

  it('marks the ESN’s reservoir and input weights fixed and its readout trainable', () => {
    const d = diagramFor(memberSpec('esn', sizes, 1));
    const byBlock = Object.fromEntries(d.edges.map((e) => [e.block, e.trainable]));
    expect(byBlock).toEqual({ W_in: false, W: false, W_out: true });
  });

  it('orders the flow input → gates → state → output', () => {
    const d = diagramFor(memberSpec('lstm', sizes, 1));
    const stage = (id: string) => d.nodes.find((n) => n.id === id)!.stage;
    expect(stage('x')).toBe(0);
    expect(stage('l0.fwd.hprev')).toBe(0);
    expect(stage('l0.fwd.i')).toBeGreaterThan(0);
    expect(stage('l0.fwd.c')).toBeGreaterThan(stage('l0.fwd.i'));
    expect(stage('l0.fwd.h')).toBeGreaterThan(stage('l0.fwd.c'));
    expect(stage('out')).toBe(d.stages - 1);
    for (const e of d.edges) expect(e.stage).toBe(stage(e.to));
  });
});
