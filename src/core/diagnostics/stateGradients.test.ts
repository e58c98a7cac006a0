import { describe, expect, it } from 'vitest';
import type { CellSpec } from '../cells/types';
import { stepLoss } from '../losses';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, sequenceLoss } from '../model/run';
import { numericGradient } from '../testing/gradcheck';
import { randomSample } from '../testing/randomSample';
import { stateGradientNorms } from './stateGradients';

const cells: readonly CellSpec[] = [
  { kind: 'srn', activation: 'tanh' },
  { kind: 'gru' },
  { kind: 'lstm', peepholes: true, forgetBias: 1 },
  { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4] },
  { kind: 'jordan', activation: 'tanh' },
];

describe('‖∂E/∂s_t‖ per step', () => {
  it.each(cells.map((c) => [c.kind, c] as const))(
    '%s: equals finite differences of the loss with the state at t moved',
    (_, cell) => {
      const model = createModel({
        cell,
        inputSize: 2,
        hiddenSize: 3,
        outputSize: 2,
        output: 'sigmoid',
        layers: 1,
        bidirectional: false,
      });
      const params = initParams(model, 4, { kind: 'gaussian', std: 0.6 });
      const sample = randomSample(5, 7, 2, 2, 'sigmoid');
      const trace = forward(model, params, sample.inputs);
      const { dLogits } = sequenceLoss(model, trace, sample.targets);
      const norms = stateGradientNorms(model, params, trace, dLogits);
      expect(norms).toHaveLength(7);
      const head = model.head;
      // A Jordan network's last state reaches no loss (its output z_t comes before y_t).
      for (const t of cell.kind === 'jordan' ? [0, 3, 5] : [0, 3, 6]) {
        const state = trace.layers[0]!.forward[t]!.state;
        // The loss as a function of s_t: step t's own output (read from s_t, except for Jordan,
        // whose output z_t comes before its state), and every later step run on from s_t.
        const lossFrom = (s: Float64Array) => {
          let loss = 0;
          const target = sample.targets[t];
          if (head && target !== null && target !== undefined) {
            const H = head.inputSize;
            const z = Float64Array.from({ length: 2 }, (_, k) => {
              let v = params[head.offset + 2 * H + k]!;
              for (let j = 0; j < H; j++) v += params[head.offset + k * H + j]! * s[j]!;
              return v;
            });
            loss += stepLoss('sigmoid', z, target).loss;
          }
          if (t + 1 < 7) {
            const rest = forward(model, params, sample.inputs.slice(t + 1), {
              states: [s],
              time: t + 1,
            });
            loss += sequenceLoss(model, rest, sample.targets.slice(t + 1)).loss;
          }
          return loss;
        };
        const numeric = numericGradient(lossFrom, state.slice());
        expect(norms[t]).toBeGreaterThan(0);
        expect(Math.abs(norms[t]! - Math.hypot(...numeric)) / norms[t]!).toBeLessThan(1e-7);
      }
    },
  );

  it('refuses deep and bidirectional models', () => {
    const model = createModel({
      cell: { kind: 'srn', activation: 'tanh' },
      inputSize: 2,
      hiddenSize: 3,
      outputSize: 2,
      output: 'softmax',
      layers: 2,
      bidirectional: false,
    });
    const params = initParams(model, 1, { kind: 'uniform' });
    const sample = randomSample(1, 4, 2, 2, 'softmax');
    const trace = forward(model, params, sample.inputs);
    const { dLogits } = sequenceLoss(model, trace, sample.targets);
    expect(() => stateGradientNorms(model, params, trace, dLogits)).toThrow(/single-layer/);
  });
});
