import { describe, expect, it } from 'vitest';
import { matMul, transposeMatMul } from '../linalg/basic';
import { spectralRadius } from '../linalg/eigen';
import { fromRows, type Matrix } from '../matrix';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, lossAndGradient, sequenceLoss } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { numericGradient, relativeError } from '../testing/gradcheck';
import { randomSample } from '../testing/randomSample';
import { stepCost } from './cost';
import { gateActivations } from './gates';
import { blockGradient, gradientByTimeStep } from './gradientByStep';
import { jacobianProductNorms, spectralNorm, stepJacobians } from './jacobians';

const srn = (hiddenSize: number, activation: 'tanh' | 'linear' = 'tanh'): ModelSpec => ({
  cell: { kind: 'srn', activation },
  inputSize: 2,
  hiddenSize,
  outputSize: 2,
  output: 'softmax',
  layers: 1,
  bidirectional: false,
});

describe('spectral norm', () => {
  it('is the largest singular value', () => {
    expect(
      spectralNorm(
        fromRows([
          [3, 0],
          [0, -5],
        ]),
      ),
    ).toBeCloseTo(5, 10);
    // [[1, 1], [0, 1]]: singular values are the golden ratio and its inverse.
    expect(
      spectralNorm(
        fromRows([
          [1, 1],
          [0, 1],
        ]),
      ),
    ).toBeCloseTo((1 + Math.sqrt(5)) / 2, 10);
  });
});

describe('Jacobians through time', () => {
  it('each step Jacobian is ∂s_t/∂s_{t−1} by finite differences', () => {
    const model = createModel({
      ...srn(3),
      cell: { kind: 'lstm', peepholes: true, forgetBias: 1 },
    });
    const params = initParams(model, 2, { kind: 'gaussian', std: 0.5 });
    const { inputs } = randomSample(2, 4, 2, 2, 'softmax');
    const trace = forward(model, params, inputs);
    const J = stepJacobians(model, params, trace)[2]!;
    const cell = model.layers[0]!.forward.cell;
    const p = params.subarray(0, cell.layout.size);
    const prev = trace.layers[0]!.forward[2]!.prev;
    for (let k = 0; k < cell.stateSize; k++) {
      const shifted = (d: number) => {
        const s = Float64Array.from(prev);
        s[k]! += d;
        return cell.forward(p, inputs[2]!, s, 2).state;
      };
      const up = shifted(1e-6);
      const down = shifted(-1e-6);
      for (let i = 0; i < cell.stateSize; i++)
        expect(J.data[i * cell.stateSize + k]).toBeCloseTo((up[i]! - down[i]!) / 2e-6, 7);
    }
  });

  it('for a linear SRN, ‖∂s_T/∂s_k‖ is ‖W^(T−k)‖: it shrinks as ρ^lag for ρ < 1 and grows for ρ > 1', () => {
    for (const rho of [0.5, 1.5]) {
      const model = createModel(srn(2, 'linear'));
      const params = initParams(model, 1);
      // W = ρ · rotation by 0.3 rad (a normal matrix: ‖W^k‖ = ρ^k exactly).
      const W = [
        rho * Math.cos(0.3),
        -rho * Math.sin(0.3),
        rho * Math.sin(0.3),
        rho * Math.cos(0.3),
      ];
      params.set(W, 2 * 2);
      const { inputs } = randomSample(1, 8, 2, 2, 'softmax');
      const norms = jacobianProductNorms(
        stepJacobians(model, params, forward(model, params, inputs)),
      );
      norms.forEach((n, lag) => expect(n).toBeCloseTo(rho ** lag, 9));
    }
  });
  it('each product norm is the square root of the largest eigenvalue of PᵀP (tanh SRN, 8 units)', () => {
    const model = createModel(srn(8));
    const params = initParams(model, 3, { kind: 'gaussian', std: 0.45 });
    const { inputs } = randomSample(3, 30, 2, 2, 'softmax');
    const jacobians = stepJacobians(model, params, forward(model, params, inputs));
    const norms = jacobianProductNorms(jacobians);
    // The reference forms every product from scratch and takes its norm by an eigen-solver.
    let product: Matrix = jacobians.at(-1)!;
    for (let lag = 1; lag < norms.length; lag++) {
      if (lag > 1) product = matMul(product, jacobians[jacobians.length - lag]!);
      const reference = Math.sqrt(spectralRadius(transposeMatMul(product, product)));
      expect(Math.abs(norms[lag]! - reference) / reference).toBeLessThan(1e-8);
    }
    expect(norms[0]).toBeCloseTo(1, 12);
  });
});

describe('gradient by time step', () => {
  it('the per-step terms sum to BPTT’s gradient for W, and BPTT’s W gradient is right', () => {
    const model = createModel(srn(4));
    const params = initParams(model, 5, { kind: 'gaussian', std: 0.6 });
    const sample = randomSample(5, 7, 2, 2, 'softmax');
    const trace = forward(model, params, sample.inputs);
    const { dLogits } = sequenceLoss(model, trace, sample.targets);
    const { terms, norms } = gradientByTimeStep(model, params, trace, dLogits);
    const sum = terms.reduce((acc, g) => acc.map((v, k) => v + g[k]!), new Float64Array(16));
    const total = blockGradient(model, params, trace, dLogits);
    expect(relativeError(sum, total)).toBeLessThan(1e-14);
    expect(norms).toHaveLength(7);
    expect(relativeError(lossAndGradient(model, params, sample).grad.subarray(8, 24), total)).toBe(
      0,
    );
    const numeric = numericGradient(
      (p) => sequenceLoss(model, forward(model, p, sample.inputs), sample.targets).loss,
      params,
    );
    expect(relativeError(total, numeric.subarray(8, 24))).toBeLessThan(1e-6);
  });
});

describe('gate activations', () => {
  it('lists the LSTM gates per step and unit, all in their ranges', () => {
    const model = createModel({
      ...srn(3),
      cell: { kind: 'lstm', peepholes: false, forgetBias: 1 },
    });
    const params = initParams(model, 2);
    const trace = forward(model, params, randomSample(2, 5, 2, 2, 'softmax').inputs);
    const gates = gateActivations(trace);
    expect(Object.keys(gates).sort()).toEqual(['c', 'f', 'g', 'i', 'o']);
    expect(gates['f']).toHaveLength(5);
    for (const v of gates['f']!.flat()) expect(v > 0 && v < 1).toBe(true);
    // Forget bias 1 with small weights: the forget gate starts mostly open (σ(1) ≈ 0.73).
    expect(gates['f']![0]!.reduce((a, b) => a + b, 0) / 3).toBeGreaterThan(0.6);
    expect(
      gateActivations(
        forward(createModel(srn(3)), initParams(createModel(srn(3)), 1), [new Float64Array(2)]),
      ),
    ).toEqual({});
  });
});

describe('cost counters', () => {
  it('grow as n² for BPTT and n⁴ for RTRL, and EKF beyond RTRL', () => {
    const at = (n: number) =>
      createModel({ ...srn(n), inputSize: 1, outputSize: 1, output: 'linear' });
    const ratio = (alg: 'bptt' | 'rtrl' | 'ekf') =>
      stepCost(at(64), alg, { T: 50 }).multiplyAdds / stepCost(at(32), alg, { T: 50 }).multiplyAdds;
    expect(ratio('bptt')).toBeGreaterThan(3.7);
    expect(ratio('bptt')).toBeLessThan(4.3);
    expect(ratio('rtrl')).toBeGreaterThan(15);
    expect(ratio('rtrl')).toBeLessThan(17);
    expect(stepCost(at(8), 'ekf', { T: 10 }).multiplyAdds).toBeGreaterThan(
      stepCost(at(8), 'rtrl', { T: 10 }).multiplyAdds,
    );
    expect(stepCost(at(8), 'dekf', { T: 10 }).floatsStored).toBeLessThan(
      stepCost(at(8), 'ekf', { T: 10 }).floatsStored,
    );
    // RTRL memory: O(n³) sensitivities; BPTT memory grows with T instead.
    expect(
      stepCost(at(32), 'rtrl', { T: 10 }).floatsStored /
        stepCost(at(16), 'rtrl', { T: 10 }).floatsStored,
    ).toBeGreaterThan(7);
    expect(stepCost(at(8), 'bptt', { T: 100 }).floatsStored).toBeGreaterThan(
      stepCost(at(8), 'bptt', { T: 10 }).floatsStored,
    );
    expect(stepCost(at(8), 'tbptt', { T: 100, k1: 5, k2: 10 }).floatsStored).toBeLessThan(
      stepCost(at(8), 'bptt', { T: 100 }).floatsStored,
    );
  });
});
