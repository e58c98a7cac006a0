import { describe, expect, it } from 'vitest';
import { charModelSpec, type CharCellKind } from '../charModel/spec';
import { initParams } from '../model/init';
import { createModel, type Model } from '../model/model';
import { forward } from '../model/run';
import { oneHot } from '../vocabulary';
import {
  connectivity,
  connectivityByOutputs,
  connectivityJob,
  gramFactors,
  recentShare,
} from './connectivity';

const V = 5;
const indices = [0, 3, 1, 4, 2, 2, 0, 1];

/** ‖∂z_t/∂x_k‖_F by central differences of the forward pass, entry by entry of x_k. */
function finiteDifferenceNorm(model: Model, params: Float64Array, t: number, k: number): number {
  const eps = 1e-5;
  const inputs = indices.slice(0, t + 1).map((i) => oneHot(i, V));
  const logitsWith = (j: number, delta: number) => {
    const x = inputs.map((v) => v.slice());
    x[k]![j]! += delta;
    return forward(model, params, x).logits[t]!;
  };
  let sum = 0;
  for (let j = 0; j < V; j++) {
    const up = logitsWith(j, eps);
    const down = logitsWith(j, -eps);
    for (let i = 0; i < up.length; i++) sum += ((up[i]! - down[i]!) / (2 * eps)) ** 2;
  }
  return Math.sqrt(sum);
}

const cases: [CharCellKind, number, number][] = [
  ['srn', 4, 1],
  ['gru', 4, 1],
  ['lstm', 4, 1],
  ['lstm', 3, 2],
];

describe.each(cases)('connectivity of a %s model (H = %i, %i layer(s))', (kind, H, layers) => {
  const model = createModel(charModelSpec(kind, H, layers, V));
  const params = initParams(model, 11);
  // Larger weights than the initialisation, so the norms span orders of magnitude.
  params.forEach((v, i) => (params[i] = 3 * v));
  const t = indices.length - 1;
  const norms = connectivity(model, params, indices, t);

  it('equals ‖∂z_t/∂x_k‖_F from finite differences (relative error < 1e-6)', () => {
    for (let k = 0; k <= t; k++) {
      const reference = finiteDifferenceNorm(model, params, t, k);
      expect(reference).toBeGreaterThan(0);
      expect(Math.abs(norms[k]! - reference) / reference).toBeLessThan(1e-6);
    }
  });

  it('equals the sum over one-hot output seeds, one BPTT sweep per output (1e-12)', () => {
    const byOutputs = connectivityByOutputs(model, params, indices, t);
    norms.forEach((n, k) => expect(Math.abs(n - byOutputs[k]!)).toBeLessThan(1e-12 * n));
  });

  it('is zero after t: the model reads left to right', () => {
    const early = connectivity(model, params, indices, 3);
    expect(Array.from(early.slice(4))).toEqual([0, 0, 0, 0]);
    expect(early[3]).toBeGreaterThan(0);
  });
});

describe('gramFactors', () => {
  it('gives Σ u uᵀ = AᵀA, also for a rank-deficient A', () => {
    const rows = [
      Float64Array.from([1, 2, 0]),
      Float64Array.from([2, 4, 0]),
      Float64Array.from([0, 1, 3]),
    ];
    const factors = gramFactors(rows);
    expect(factors).toHaveLength(2);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        const gram = rows.reduce((s, r) => s + r[i]! * r[j]!, 0);
        const sum = factors.reduce((s, u) => s + u[i]! * u[j]!, 0);
        expect(sum).toBeCloseTo(gram, 12);
      }
  });
});

describe('recentShare', () => {
  it('counts the most recent characters that carry the share of the total', () => {
    // total 16; from t = 4 back: 8 (half reached with 1), 8 + 4 = 12 (¾ with 2).
    const strengths = [1, 1, 2, 4, 8, 99];
    expect(recentShare(strengths, 4, 0.5)).toBe(1);
    expect(recentShare(strengths, 4, 0.75)).toBe(2);
    expect(recentShare(strengths, 4, 1)).toBe(5);
    expect(recentShare([0, 0, 0], 2)).toBe(0);
  });
});

describe('connectivityJob', () => {
  it('reports each sweep and returns the same norms as connectivity', () => {
    const model = createModel(charModelSpec('gru', 3, 1, V));
    const params = initParams(model, 2);
    const job = connectivityJob({ spec: model.spec, params, indices, t: 5 });
    const reports: number[] = [];
    let next = job.next();
    while (!next.done) {
      reports.push(next.value().done);
      next = job.next();
    }
    expect(reports).toEqual([1, 2, 3]);
    expect(next.value.t).toBe(5);
    expect(next.value.norms).toEqual(Array.from(connectivity(model, params, indices, 5)));
  });
});
