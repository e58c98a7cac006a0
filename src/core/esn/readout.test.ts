import { describe, expect, it } from 'vitest';
import { addScaledIdentity, maxAbsDiff, transpose, transposeMatMul } from '../linalg/basic';
import { solve } from '../linalg/lu';
import { ridgeRegression } from '../linalg/ridge';
import { fromFunction, zeros, type Matrix, type Vector } from '../matrix';
import { createRng, uniform } from '../rng';
import { defaultEsnConfig, type EsnConfig } from './config';
import { createEsn } from './create';
import { nrmse } from './metrics';
import { applyReadout, trainReadout } from './readout';
import { runReservoir } from './reservoir';

const rng = createRng(99);
const T = 600;
const inputs = Array.from({ length: T }, () =>
  Float64Array.of(uniform(rng, -1, 1), uniform(rng, -1, 1)),
);
// Two memory tasks: y_t = (u¹_{t−1}, sin(2 u¹_{t−2})). Neither is a function of u_t alone.
const targets = inputs.map((_, t) =>
  Float64Array.of(inputs[t - 1]?.[0] ?? 0, Math.sin(2 * (inputs[t - 2]?.[0] ?? 0))),
);

/**
 * The closed-form ridge readout computed independently of ridgeRegression: stack
 * z_t = [1; u_t; x_t] (t ≥ washout) into Z by hand and solve (ZᵀZ + λI) W = ZᵀY by LU.
 */
function referenceReadout(
  states: Vector[],
  us: readonly Vector[],
  ys: readonly Vector[],
  washout: number,
  lambda: number,
): Matrix {
  const rows = states.length - washout;
  const d = 1 + us[0]!.length + states[0]!.length;
  const l = ys[0]!.length;
  const z = zeros(rows, d);
  const y = zeros(rows, l);
  for (let r = 0; r < rows; r++) {
    const t = r + washout;
    const row = [1, ...us[t]!, ...states[t]!];
    row.forEach((v, j) => (z.data[r * d + j] = v));
    ys[t]!.forEach((v, j) => (y.data[r * l + j] = v));
  }
  const w = solve(addScaledIdentity(transposeMatMul(z, z), lambda), transposeMatMul(z, y));
  return transpose(w); // L x d, like W_out
}

const relDiff = (a: Matrix, b: Matrix) =>
  maxAbsDiff(a, b) / Math.max(...Array.from(b.data, Math.abs));

describe('trainReadout', () => {
  const config: EsnConfig = {
    ...defaultEsnConfig,
    inputSize: 2,
    reservoirSize: 60,
    outputSize: 2,
    leakRate: 0.8,
    ridge: 1e-4,
    washout: 50,
  };

  it('equals the closed-form ridge solution (ZᵀZ + λI)⁻¹ZᵀY built by hand, to 1e-9 (1)', () => {
    const esn = createEsn(config);
    const { esn: trained, states } = trainReadout(esn, inputs, targets);
    expect([trained.wOut.rows, trained.wOut.cols]).toEqual([2, 1 + 2 + 60]);
    const reference = referenceReadout(runReservoir(esn, inputs), inputs, targets, 50, 1e-4);
    expect(relDiff(trained.wOut, reference)).toBeLessThan(1e-9);
    expect(states).toEqual(runReservoir(esn, inputs));
  });

  it('does the same with output feedback, teacher-forcing the targets (1)', () => {
    const esn = createEsn({ ...config, outputFeedback: true, feedbackScaling: 0.5 });
    const { esn: trained } = trainReadout(esn, inputs, targets, { ridge: 1e-3, washout: 20 });
    const states = runReservoir(esn, inputs, { teacher: targets });
    const reference = referenceReadout(states, inputs, targets, 20, 1e-3);
    expect(relDiff(trained.wOut, reference)).toBeLessThan(1e-9);
  });

  it('reports outputs y_t = W_out [1; u_t; x_t] and their post-washout NRMSE', () => {
    const {
      esn: trained,
      states,
      outputs,
      trainNrmse,
    } = trainReadout(createEsn(config), inputs, targets);
    const y5 = applyReadout(trained.wOut, Float64Array.of(1, ...inputs[5]!, ...states[5]!));
    expect(outputs[5]).toEqual(y5);
    expect(trainNrmse).toBeCloseTo(nrmse(outputs.slice(50), targets.slice(50)), 14);
    // The reservoir really does the work. Measured: NRMSE ≈ 0.23 with 60 units, whereas the
    // best linear map of [1; u_t] alone (the same ridge fit without x_t) gets ≈ 1.
    expect(trainNrmse).toBeLessThan(0.3);
    const noMemory = ridgeRegression(
      fromFunction(T - 50, 3, (r, j) => (j === 0 ? 1 : inputs[r + 50]![j - 1]!)),
      fromFunction(T - 50, 2, (r, j) => targets[r + 50]![j]!),
      1e-4,
    );
    const baseline = inputs
      .slice(50)
      .map((u) => applyReadout(transpose(noMemory), Float64Array.of(1, ...u)));
    expect(nrmse(baseline, targets.slice(50))).toBeGreaterThan(0.95);
  });

  it('recovers an exactly linear target y = 2u¹ − u² − 0.5 through the [1; u] part of z', () => {
    const linear = inputs.map((u) => Float64Array.of(2 * u[0]! - u[1]! - 0.5));
    const esn = createEsn({ ...config, outputSize: 1, ridge: 1e-12 });
    const { esn: trained, trainNrmse } = trainReadout(esn, inputs, linear);
    expect(trainNrmse).toBeLessThan(1e-5);
    // The design has full column rank, so the unique minimiser is (−0.5, 2, −1, 0, …, 0).
    const w = trained.wOut.data;
    expect(w[0]).toBeCloseTo(-0.5, 4);
    expect(w[1]).toBeCloseTo(2, 4);
    expect(w[2]).toBeCloseTo(-1, 4);
    expect(Math.max(...Array.from(w.subarray(3), Math.abs))).toBeLessThan(1e-4);
  });

  it('rejects a washout that leaves nothing to fit and mismatched targets', () => {
    const esn = createEsn(config);
    expect(() => trainReadout(esn, inputs, targets, { washout: T })).toThrow(/washout/);
    expect(() => trainReadout(esn, inputs, targets.slice(1))).toThrow(/targets/);
  });
});
