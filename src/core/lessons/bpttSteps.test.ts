import { describe, expect, it } from 'vitest';
import { bpttSteps, contributionsToW, frobenius, truncatedDeltas } from './bpttSteps';
import { fromFunction, type Matrix } from '../matrix';
import { createModel } from '../model/model';
import { lossAndGradient } from '../model/run';
import { block, blockView } from '../params';
import { createRng, uniform } from '../rng';
import type { SrnWeights } from './textbookNetwork';
import { oneHot } from '../vocabulary';

const H = 3;
const V = 4;
function setup(seed = 3, wScale = 1) {
  const rng = createRng(seed);
  const weights: SrnWeights = {
    U: fromFunction(H, V, () => uniform(rng, -1, 1)),
    W: fromFunction(H, H, () => wScale * uniform(rng, -1, 1)),
    V: fromFunction(V, H, () => uniform(rng, -1, 1)),
  };
  const ids = [0, 2, 1, 3, 3, 2, 0];
  const xs = ids.slice(0, -1).map((i) => oneHot(i, V));
  const targets = ids.slice(1);
  return { weights, xs, targets };
}
const sumLoss = (w: SrnWeights, xs: Float64Array[], targets: number[]) =>
  bpttSteps(w, xs, targets).losses.reduce((a, b) => a + b, 0);

describe('BPTT written out step by step', () => {
  it('equals the core engine’s gradient for the same network (zero biases)', () => {
    const { weights, xs, targets } = setup();
    const trace = bpttSteps(weights, xs, targets);
    const model = createModel({
      cell: { kind: 'srn', activation: 'tanh' },
      inputSize: V,
      hiddenSize: H,
      outputSize: V,
      layers: 1,
      bidirectional: false,
      output: 'softmax',
    });
    const params = new Float64Array(model.layout.size);
    blockView(params, block(model.layout, 'l0.fwd.U')).set(weights.U.data);
    blockView(params, block(model.layout, 'l0.fwd.W')).set(weights.W.data);
    blockView(params, block(model.layout, 'head.V')).set(weights.V.data);
    const core = lossAndGradient(model, params, { inputs: xs, targets });
    expect(trace.losses.reduce((a, b) => a + b, 0)).toBeCloseTo(core.loss, 12);
    const of = (name: string) => Array.from(blockView(core.grad, block(model.layout, name)));
    [
      [trace.gradW, 'l0.fwd.W'],
      [trace.gradU, 'l0.fwd.U'],
      [trace.gradV, 'head.V'],
    ].forEach(([m, name]) =>
      Array.from((m as Matrix).data).forEach((v, k) =>
        expect(v).toBeCloseTo(of(name as string)[k]!, 12),
      ),
    );
  });

  it('matches central finite differences for every entry of W', () => {
    const { weights, xs, targets } = setup(7, 1.5);
    const trace = bpttSteps(weights, xs, targets);
    const h = 1e-6;
    for (let k = 0; k < H * H; k++) {
      const plus = { ...weights, W: { ...weights.W, data: weights.W.data.slice() } };
      const minus = { ...weights, W: { ...weights.W, data: weights.W.data.slice() } };
      plus.W.data[k]! += h;
      minus.W.data[k]! -= h;
      const fd = (sumLoss(plus, xs, targets) - sumLoss(minus, xs, targets)) / (2 * h);
      expect(Math.abs(fd - trace.gradW.data[k]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(fd)));
    }
  });

  it('splits δ_t into what its own error and what the future send, and sums the terms to ∂E/∂W', () => {
    const { weights, xs, targets } = setup();
    const trace = bpttSteps(weights, xs, targets);
    const T = xs.length;
    expect(Array.from(trace.fromFuture[T - 1]!)).toEqual([0, 0, 0]);
    for (let t = 0; t < T; t++) {
      const s = trace.steps[t]!.s;
      trace.deltas[t]!.forEach((d, i) =>
        expect(d).toBeCloseTo(
          (1 - s[i]! ** 2) * (trace.fromOutput[t]![i]! + trace.fromFuture[t]![i]!),
          14,
        ),
      );
    }
    const terms = contributionsToW(trace, trace.deltas);
    const sum = new Float64Array(H * H);
    for (const m of terms) m.data.forEach((v, k) => (sum[k]! += v));
    sum.forEach((v, k) => expect(v).toBeCloseTo(trace.gradW.data[k]!, 14));
    // s_{−1} = 0: step 0 contributes nothing to ∂E/∂W.
    expect(frobenius(terms[0]!)).toBe(0);
  });

  it('truncation: k ≥ T keeps everything, k = 1 keeps each step’s own error only', () => {
    const { weights, xs, targets } = setup();
    const trace = bpttSteps(weights, xs, targets);
    const T = xs.length;
    const full = truncatedDeltas(weights, trace, T);
    full.forEach((d, t) => d.forEach((v, i) => expect(v).toBeCloseTo(trace.deltas[t]![i]!, 14)));
    const one = truncatedDeltas(weights, trace, 1);
    one.forEach((d, t) => {
      const s = trace.steps[t]!.s;
      d.forEach((v, i) => expect(v).toBeCloseTo((1 - s[i]! ** 2) * trace.fromOutput[t]![i]!, 14));
    });
  });

  it('truncation k equals the gradient of E with the state held constant k steps back', () => {
    // δ_j⁽ᵏ⁾ s_{j−1}ᵀ summed is ∂/∂W of Σ_t E_t where s_{t−k} enters E_t as a constant: check by
    // finite differences of that surrogate.
    const { weights, xs, targets } = setup(11, 1.2);
    const k = 2;
    const trace = bpttSteps(weights, xs, targets);
    const kept = contributionsToW(trace, truncatedDeltas(weights, trace, k));
    const grad = new Float64Array(H * H);
    for (const m of kept) m.data.forEach((v, i) => (grad[i]! += v));
    const surrogate = (w: SrnWeights) => {
      let total = 0;
      for (let t = 0; t < xs.length; t++) {
        const start = Math.max(0, t - k + 1);
        // s_{start−1} from the unperturbed run, held fixed.
        let s = start === 0 ? new Float64Array(H) : trace.steps[start - 1]!.s.slice();
        for (let j = start; j <= t; j++) {
          const a = new Float64Array(H);
          for (let i = 0; i < H; i++) {
            let v = 0;
            for (let c = 0; c < V; c++) v += w.U.data[i * V + c]! * xs[j]![c]!;
            for (let c = 0; c < H; c++) v += w.W.data[i * H + c]! * s[c]!;
            a[i] = Math.tanh(v);
          }
          s = a;
        }
        const z = new Float64Array(V);
        for (let r = 0; r < V; r++)
          for (let c = 0; c < H; c++) z[r]! += w.V.data[r * H + c]! * s[c]!;
        const m = Math.max(...z);
        const sum = z.reduce((acc, v) => acc + Math.exp(v - m), 0);
        total -= Math.log(Math.exp(z[targets[t]!]! - m) / sum);
      }
      return total;
    };
    const h = 1e-6;
    for (let i = 0; i < H * H; i++) {
      const plus = { ...weights, W: { ...weights.W, data: weights.W.data.slice() } };
      const minus = { ...weights, W: { ...weights.W, data: weights.W.data.slice() } };
      plus.W.data[i]! += h;
      minus.W.data[i]! -= h;
      const fd = (surrogate(plus) - surrogate(minus)) / (2 * h);
      expect(Math.abs(fd - grad[i]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(fd)));
    }
  });
});
