import { describe, expect, it } from 'vitest';
import { createModel, forward } from '../../core/model';
import { tableLags } from './format';
import { gradientFlowMeta } from './meta';
import {
  GAMMA,
  flowParams,
  flowSpec,
  gradientColumn,
  measureJacobians,
  flowProbeSequence,
  recurrentMatrix,
} from '../../core/experiments';

const defaults = gradientFlowMeta.props.parse({});
const settings = (p: Partial<typeof defaults> = {}) => ({ ...defaults, ...p });

type M2 = [number, number, number, number];

/** σ_max of a 2 × 2 matrix in closed form (independent of the power iteration in core). */
function sigmaMax2([a, b, c, d]: M2): number {
  const f = a * a + b * b + c * c + d * d;
  const det = a * d - b * c;
  return Math.sqrt((f + Math.sqrt(Math.max(0, f * f - 4 * det * det))) / 2);
}
const mul2 = (x: M2, y: M2): M2 => [
  x[0]! * y[0]! + x[1]! * y[2]!,
  x[0]! * y[1]! + x[1]! * y[3]!,
  x[2]! * y[0]! + x[3]! * y[2]!,
  x[2]! * y[1]! + x[3]! * y[3]!,
];

describe('GradientFlow measurements', () => {
  it('a linear SRN with orthogonal W: ‖∂s_T/∂s_k‖ = ρ^lag exactly, and the two curves coincide', () => {
    const m = measureJacobians(settings({ activation: 'linear', init: 'orthogonal', rho: 0.9 }));
    expect(m.rho).toBeCloseTo(0.9, 10);
    expect(m.sigma).toBeCloseTo(0.9, 8);
    m.measured.forEach((v, lag) => {
      expect(v / 0.9 ** lag).toBeCloseTo(1, 6);
      expect(m.boundRho[lag]! / m.boundSigma[lag]!).toBeCloseTo(1, 6);
    });
  });

  it('equals the product of the hand-written Jacobians diag(1 − s_t²) W (2 units, closed-form σ_max)', () => {
    const s = settings({ hidden: 2, T: 12, rho: 1.3 });
    const m = measureJacobians(s);
    const model = createModel(flowSpec('srn', s));
    const params = flowParams(model, s);
    const W = Array.from(recurrentMatrix(model, params).data);
    const trace = forward(model, params, flowProbeSequence(s.T, s.seed).inputs);
    const states = trace.layers[0]!.outputs;
    let product: M2 = [1, 0, 0, 1];
    for (let lag = 1; lag < s.T; lag++) {
      const st = states[s.T - lag]!;
      // J_t = diag(1 − s_t²) W, multiplied on the right: ∂s_T/∂s_k = J_T ⋯ J_{k+1}.
      const J: M2 = [
        (1 - st[0]! ** 2) * W[0]!,
        (1 - st[0]! ** 2) * W[1]!,
        (1 - st[1]! ** 2) * W[2]!,
        (1 - st[1]! ** 2) * W[3]!,
      ];
      product = mul2(product, J);
      expect(m.measured[lag]! / sigmaMax2(product)).toBeCloseTo(1, 8);
    }
  });

  it('never exceeds the guaranteed bound (γ‖W‖₂)^lag, for every activation', () => {
    for (const activation of ['tanh', 'sigmoid', 'relu', 'linear'] as const) {
      const m = measureJacobians(settings({ activation, rho: 1.5, T: 30 }));
      expect(m.gamma).toBe(GAMMA[activation]);
      m.measured.forEach((v, lag) =>
        expect(v).toBeLessThanOrEqual(m.boundSigma[lag]! * (1 + 1e-9)),
      );
    }
  });

  it('vanishes for tanh with ρ = 0.9 and explodes with ρ = 2.5 (the presets’ claims)', () => {
    const small = measureJacobians(settings({ rho: 0.9 }));
    const large = measureJacobians(settings({ rho: 2.5 }));
    expect(small.measured.at(-1)!).toBeLessThan(1e-2 * small.measured[1]!);
    expect(large.measured.at(-1)!).toBeGreaterThan(100 * large.measured[1]!);
  });

  it('gradientColumn: one norm per time step, zero at t = 0 (s₋₁ = 0), for the SRN and the LSTM', () => {
    for (const cell of ['srn', 'lstm'] as const) {
      const s = settings({ T: 15, hidden: 4 });
      const model = createModel(flowSpec(cell, s));
      const col = gradientColumn(model, flowParams(model, s), flowProbeSequence(s.T, s.seed));
      expect(col).toHaveLength(15);
      expect(col[0]).toBe(0);
      expect(col.slice(1).every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    }
  });

  it('tableLags lists 1, 10, T/2 and T − 1 without repeats', () => {
    expect(tableLags(50)).toEqual([1, 10, 25, 49]);
    expect(tableLags(10)).toEqual([1, 5, 9]);
    expect(tableLags(20)).toEqual([1, 10, 19]);
  });
});
