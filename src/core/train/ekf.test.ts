import { describe, expect, it } from 'vitest';
import { greffCell } from '../cells/lstmVariants';
import { outputOf } from '../losses';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, sequenceLoss } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { numericGradient, relativeError } from '../testing/gradcheck';
import { randomSample } from '../testing/randomSample';
import { createEkfTrainer, nodeGroups, truncatedOutputJacobian } from './ekf';
import { createRtrl } from './rtrl';

const spec = (cell: ModelSpec['cell'], output: ModelSpec['output'] = 'softmax'): ModelSpec => ({
  cell,
  inputSize: 2,
  hiddenSize: 3,
  outputSize: 2,
  output,
  layers: 1,
  bidirectional: false,
});

describe('EKF Jacobians', () => {
  for (const cell of [
    { kind: 'srn', activation: 'tanh' },
    { kind: 'gru' },
    { kind: 'lstm', peepholes: true, forgetBias: 1 },
  ] as const) {
    it(`${cell.kind}: truncated backprop over the whole past equals RTRL's ∂z/∂w, and both equal finite differences`, () => {
      const model = createModel(spec(cell));
      const params = initParams(model, 9, { kind: 'gaussian', std: 0.5 });
      const sample = randomSample(9, 5, 2, 2, 'softmax');
      const rtrl = createRtrl(model);
      let Jz: Float64Array | null = null;
      for (const x of sample.inputs) Jz = rtrl.step(params, x, null).outputJacobian();
      const trace = forward(model, params, sample.inputs);
      const history = trace.logits.map((logits, t) => ({
        layers: trace.layers.map((l) => l.forward[t]!),
        output: outputOf('softmax', logits),
        logits,
      }));
      // Seeding with the identity gives ∂z/∂w (G = I).
      const viaBackprop = truncatedOutputJacobian(
        model,
        params,
        history,
        Float64Array.of(1, 0, 0, 1),
      );
      expect(relativeError(viaBackprop, Jz!)).toBeLessThan(1e-12);
      const N = model.layout.size;
      for (let k = 0; k < 2; k++) {
        const numeric = numericGradient(
          (p) => forward(model, p, sample.inputs).logits[4]![k]!,
          params,
        );
        expect(relativeError(Jz!.subarray(k * N, (k + 1) * N), numeric)).toBeLessThan(1e-6);
      }
    });
  }
});

describe('node-decoupled groups', () => {
  it('give each neuron its incoming weights, every weight exactly once', () => {
    const model = createModel(spec({ kind: 'lstm', peepholes: true, forgetBias: 1 }));
    const groups = nodeGroups(model);
    // 4H = 12 gate units and 2 output units.
    expect(groups).toHaveLength(14);
    const seen = new Set<number>();
    for (const g of groups) for (const k of g) seen.add(k);
    expect(seen.size).toBe(model.layout.size);
    // A gate unit: its Wx row (2) + Wh row (3) + bias (1), plus a peephole for i, f and o.
    // An output unit: its V row (3) + bias (1).
    expect(groups.map((g) => g.length).sort((a, b) => a - b)).toEqual([
      4, 4, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    ]);
  });

  it('follow an LSTM variant’s gate rows (no input gate; full gate recurrence)', () => {
    const size = (groups: Int32Array[]) => groups.map((g) => g.length).sort((a, b) => a - b);
    // No input gate: 3H = 9 gate units; f and o have a peephole, g none.
    expect(size(nodeGroups(createModel(spec(greffCell('nig')))))).toEqual([
      4, 4, 6, 6, 6, 7, 7, 7, 7, 7, 7,
    ]);
    // Full gate recurrence: i, f and o also read the 3H = 9 previous gate values.
    expect(size(nodeGroups(createModel(spec(greffCell('fgr')))))).toEqual([
      4, 4, 6, 6, 6, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    ]);
  });
});

describe('EKF training', () => {
  const task = (seed: number) => {
    // Output half the sign of the previous input: needs one step of memory.
    const s = randomSample(seed, 40, 1, 1, 'linear');
    return {
      inputs: s.inputs,
      targets: s.inputs.map((_, t) =>
        t === 0 ? null : Float64Array.of(Math.sign(s.inputs[t - 1]![0]!) * 0.5),
      ),
    };
  };
  for (const variant of [
    { decoupled: false, jacobian: 'rtrl' as const },
    { decoupled: true, jacobian: 'rtrl' as const },
    { decoupled: false, jacobian: { truncation: 3 } },
    { decoupled: true, jacobian: { truncation: 3 } },
  ]) {
    const name = `${variant.decoupled ? 'decoupled' : 'global'} EKF, Jacobian from ${variant.jacobian === 'rtrl' ? 'RTRL' : 'truncated BPTT(3)'}`;
    it(`${name} learns a one-step memory task within 20 sequences`, () => {
      const model = createModel({
        ...spec({ kind: 'srn', activation: 'tanh' }, 'linear'),
        inputSize: 1,
        outputSize: 1,
        hiddenSize: 4,
      });
      const params = initParams(model, 1);
      const trainer = createEkfTrainer(model, { ...variant, p0: 10, r: 0.1, q: 1e-5 });
      const train = (seed: number) => {
        const s = task(seed);
        trainer.reset();
        s.inputs.forEach((x, t) => trainer.step(params, x, s.targets[t] ?? null));
      };
      // A held-out sequence, evaluated with the weights frozen.
      const held = task(999);
      const evaluate = () =>
        sequenceLoss(model, forward(model, params, held.inputs), held.targets).loss / 39;
      const before = evaluate();
      for (let seed = 100; seed < 120; seed++) train(seed);
      const after = evaluate();
      expect(before).toBeGreaterThan(0.05);
      expect(after).toBeLessThan(before / 5);
    });
  }
});
