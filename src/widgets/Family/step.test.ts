import { describe, expect, it } from 'vitest';
import { createModel, initParams, slice } from '../../core/model';
import { diagramFor } from './diagram';
import { MEMBERS, memberSpec, type FamilySizes } from './members';
import { inputSequence, runMember, SEQUENCE_LENGTH } from './step';

const sizes: FamilySizes = {
  inputSize: 2,
  hiddenSize: 4,
  outputSize: 3,
  layers: 2,
  peepholes: true,
};

describe('runMember', () => {
  it('gives a value to every node of every member’s diagram, of the node’s size', () => {
    for (const member of MEMBERS) {
      const spec = memberSpec(member, sizes, 3);
      const d = diagramFor(spec);
      const run = runMember(spec, 3);
      expect(run.steps).toHaveLength(SEQUENCE_LENGTH);
      for (const values of run.steps) {
        for (const n of d.nodes) {
          const v = values.get(n.id);
          expect(v, `${member} ${n.id}`).toBeDefined();
          expect(v!.length, `${member} ${n.id}`).toBe(n.size);
          v!.forEach((x) => expect(Number.isFinite(x)).toBe(true));
        }
      }
    }
  });

  it('computes the SRN step s_t = tanh(U x_t + W s_{t−1} + b) from the seeded weights', () => {
    const spec = memberSpec('srn', sizes, 5);
    if (spec.kind !== 'model') throw new Error('not a model');
    const model = createModel(spec.spec);
    const p = slice(initParams(model, 5), model.layers[0]!.forward);
    const run = runMember(spec, 5);
    const H = 4;
    const I = 2;
    const t = 2;
    const x = inputSequence(I, 5)[t]!;
    const prev = run.steps[t]!.get('l0.fwd.prev')!;
    expect(Array.from(prev)).toEqual(Array.from(run.steps[t - 1]!.get('l0.fwd.s')!));
    for (let i = 0; i < H; i++) {
      let a = p[H * I + H * H + i]!;
      for (let j = 0; j < I; j++) a += p[i * I + j]! * x[j]!;
      for (let k = 0; k < H; k++) a += p[H * I + i * H + k]! * prev[k]!;
      expect(run.steps[t]!.get('l0.fwd.s')![i]).toBeCloseTo(Math.tanh(a), 14);
    }
  });

  it('keeps the LSTM’s c_t = f ⊙ c_{t−1} + i ⊙ g and h_t = o ⊙ tanh(c_t)', () => {
    const run = runMember(memberSpec('lstm', sizes, 2), 2);
    const v = run.steps[3]!;
    const g = (k: string) => v.get(`l0.fwd.${k}`)!;
    for (let j = 0; j < 4; j++) {
      expect(g('c')[j]).toBeCloseTo(g('f')[j]! * g('cprev')[j]! + g('i')[j]! * g('g')[j]!, 14);
      expect(g('h')[j]).toBeCloseTo(g('o')[j]! * Math.tanh(g('c')[j]!), 14);
    }
  });

  it('leaves inactive clockwork modules unchanged (t = 1: only the period-1 module runs)', () => {
    const run = runMember(memberSpec('cwrnn', sizes, 4), 4);
    const v = run.steps[1]!;
    expect(Array.from(v.get('l0.fwd.s.m0')!)).not.toEqual(Array.from(v.get('l0.fwd.prev.m0')!));
    for (const m of [1, 2, 3])
      expect(Array.from(v.get(`l0.fwd.s.m${m}`)!)).toEqual(Array.from(v.get(`l0.fwd.prev.m${m}`)!));
  });

  it('gives the ESN a readout that recalls the previous input', () => {
    const run = runMember(memberSpec('esn', { ...sizes, hiddenSize: 12, outputSize: 1 }, 1), 1);
    const t = 4;
    const y = run.steps[t]!.get('out')![0]!;
    expect(y).toBeCloseTo(run.inputs[t - 1]![0]!, 1);
  });

  it('makes outputs of softmax heads probabilities', () => {
    const run = runMember(memberSpec('deep', sizes, 1), 1);
    const out = run.steps[0]!.get('out')!;
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
