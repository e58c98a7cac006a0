import { describe, expect, it } from 'vitest';
import { moduleProductNorms, moduleUnits, spectralNorm, subBlock } from '../diagnostics';
import { identity, matMul, spectralRadius } from '../linalg';
import { zeros, type Matrix } from '../matrix';
import { createModel, forward } from '../model';
import { block, blockView } from '../params';
import { relativeError } from '../testing/gradcheck';
import {
  clockGradientJacobians,
  clockGradientNetworks,
  heldJacobianCheck,
  measureClockGradient,
  type ClockGradientSettings,
} from './clockGradient';

const settings: ClockGradientSettings = {
  periods: [1, 2, 4],
  unitsPerModule: 3,
  rho: 0.9,
  horizon: 13,
  seed: 5,
};

/** ∂s_T/∂s_k = J_T ⋯ J_{k+1}. */
function product(jacobians: readonly Matrix[], T: number, k: number): Matrix {
  let p = identity(jacobians[0]!.rows);
  for (let t = T; t > k; t--) p = matMul(p, jacobians[t]!);
  return p;
}

/**
 * ∂s_T/∂s_k by central differences of the forward pass: perturb s_k, run steps k+1 … T on
 * from there (with the clockwork's absolute time), read s_T.
 */
function finiteDifference(s: ClockGradientSettings, T: number, k: number, eps = 1e-6): Matrix {
  const { clockwork, inputs } = clockGradientNetworks(s);
  const { model, params } = clockwork;
  const sk = forward(model, params, inputs.slice(0, k + 1)).layers[0]!.forward[k]!.state;
  const H = sk.length;
  const rest = inputs.slice(k + 1, T + 1);
  const stateT = (start: Float64Array) =>
    forward(model, params, rest, { states: [start], time: k + 1 }).layers[0]!.forward.at(-1)!.state;
  const out = zeros(H, H);
  for (let j = 0; j < H; j++) {
    const up = Float64Array.from(sk);
    const down = Float64Array.from(sk);
    up[j]! += eps;
    down[j]! -= eps;
    const a = stateT(up);
    const b = stateT(down);
    for (let i = 0; i < H; i++) out.data[i * H + j] = (a[i]! - b[i]!) / (2 * eps);
  }
  return out;
}

describe('ClockGradient: the measurement', () => {
  const nets = clockGradientNetworks(settings);
  const J = clockGradientJacobians(nets.clockwork, nets.inputs);
  const units = moduleUnits(nets.owner);

  it('Jacobian products equal finite differences of the forward pass (relative error < 1e-6)', () => {
    for (const k of [12, 9, 6, 3, 0]) {
      const analytic = product(J, 13, k);
      const numeric = finiteDifference(settings, 13, k);
      expect(relativeError(analytic.data, numeric.data)).toBeLessThan(1e-6);
      // Each module's own block too: the quantity the figure plots.
      for (const u of units)
        expect(
          relativeError(subBlock(analytic, u, u).data, subBlock(numeric, u, u).data),
        ).toBeLessThan(1e-6);
    }
  });

  it('the plotted norms are the norms of those products', () => {
    const m = measureClockGradient(settings);
    for (const lag of [0, 1, 5, 13]) {
      const p = product(J, 13, 13 - lag);
      expect(m.clockworkWhole[lag]).toBeCloseTo(spectralNorm(p), 10);
      units.forEach((u, mod) =>
        expect(m.modules[mod]![lag]).toBeCloseTo(spectralNorm(subBlock(p, u, u)), 10),
      );
    }
    const srnJ = clockGradientJacobians(nets.srn, nets.inputs);
    expect(m.srn[7]).toBeCloseTo(spectralNorm(product(srnJ, 13, 6)), 10);
  });

  it('a module that does not tick has exactly the identity’s rows in ∂s_t/∂s_{t−1}', () => {
    for (let t = 1; t <= 13; t++) {
      settings.periods.forEach((period, m) => {
        if (t % period === 0) return;
        const u = units[m]!;
        units.forEach((v, n) => {
          const b = subBlock(J[t]!, u, v);
          // toEqual on the arrays: every entry exactly 1 or exactly 0, not merely close.
          expect(Array.from(b.data)).toEqual(
            Array.from(n === m ? identity(u.length).data : b.data.map(() => 0)),
          );
        });
      });
    }
  });

  it('over a complete hold the module’s block of the product is exactly I', () => {
    // Module 3 (period 4) ticks at 4 and 8: ∂s_7/∂s_4 and ∂s_11/∂s_8 cover its holds.
    for (const [T, k] of [
      [7, 4],
      [11, 8],
    ] as const) {
      const p = product(J, T, k);
      expect(Array.from(subBlock(p, units[2]!, units[2]!).data)).toEqual(
        Array.from(identity(3).data),
      );
      expect(Array.from(subBlock(p, units[2]!, [...units[0]!, ...units[1]!]).data)).toEqual(
        new Array(18).fill(0),
      );
    }
    const check = heldJacobianCheck(J, nets.owner, settings.periods);
    // Period 2: 7 held steps of 1…13 (the odd ones) and 7 holds (after ticks 0, 2, …, 12);
    // period 4: 10 held steps and 3 holds (after ticks 0, 4, 8).
    expect(check).toEqual({ steps: 17, spans: 10, maxDeviation: 0 });
  });

  it('a module’s block has one factor per tick, so it is flat between ticks', () => {
    const m = measureClockGradient({ ...settings, horizon: 16 });
    // Period 4, T = 16: ticks at 16, 12, 8, 4 — the block norm changes only past a tick.
    const slow = m.modules[2]!;
    for (let lag = 1; lag < 16; lag++) {
      const crossesTick = (16 - lag) % 4 === 3; // a new tick at step 16 − lag + 1
      if (!crossesTick) expect(slow[lag]).toBe(slow[lag - 1]);
    }
    expect(m.ticks[2]!.slice(0, 9)).toEqual([0, 1, 1, 1, 1, 2, 2, 2, 2]);
    // Block triangular J: the block of the product is the product of the blocks (Exercise 4).
    const nets16 = clockGradientNetworks({ ...settings, horizon: 16 });
    const J16 = clockGradientJacobians(nets16.clockwork, nets16.inputs);
    const u = units[2]!;
    const ofBlocks = [16, 12, 8].reduce((p, t) => matMul(p, subBlock(J16[t]!, u, u)), identity(3));
    expect(relativeError(subBlock(product(J16, 16, 4), u, u).data, ofBlocks.data)).toBeLessThan(
      1e-14,
    );
  });

  it('with every period 1 it equals an SRN with the same block-masked W', () => {
    const ones = { ...settings, periods: [1, 1, 1] };
    const cw = clockGradientNetworks(ones);
    const masked = createModel({
      ...cw.clockwork.model.spec,
      cell: { kind: 'srn', activation: 'tanh' },
    });
    const viaCw = moduleProductNorms(clockGradientJacobians(cw.clockwork, cw.inputs), cw.owner);
    const viaSrn = moduleProductNorms(
      clockGradientJacobians({ model: masked, params: cw.clockwork.params }, cw.inputs),
      cw.owner,
    );
    expect(viaCw).toEqual(viaSrn);
    expect(measureClockGradient(ones).modules).toEqual(viaCw.blocks);
  });

  it('draws the SRN and every module block at spectral radius ρ, on the same draw of W', () => {
    const W = (net: { model: ReturnType<typeof createModel>; params: Float64Array }) => {
      const b = block(net.model.layout, 'l0.fwd.W');
      return { rows: b.rows, cols: b.cols, data: Float64Array.from(blockView(net.params, b)) };
    };
    const srnW = W(nets.srn);
    const cwW = W(nets.clockwork);
    expect(spectralRadius(srnW)).toBeCloseTo(0.9, 10);
    for (const u of units) expect(spectralRadius(subBlock(cwW, u, u))).toBeCloseTo(0.9, 10);
    expect(spectralRadius(cwW)).toBeCloseTo(0.9, 10);
    // Off the diagonal the clockwork W is the SRN's draw before rescaling, masked.
    const ratio = (i: number, j: number) => cwW.data[i * 9 + j]! / srnW.data[i * 9 + j]!;
    const r = ratio(0, 3);
    expect(ratio(0, 6)).toBeCloseTo(r, 12);
    expect(ratio(3, 6)).toBeCloseTo(r, 12);
    expect(cwW.data[3 * 9 + 0]).toBe(0);
  });

  it('refuses bad settings with a message', () => {
    expect(() => measureClockGradient({ ...settings, rho: NaN })).toThrow(/ρ/);
    expect(() => measureClockGradient({ ...settings, horizon: 0 })).toThrow(/T/);
    expect(() => measureClockGradient({ ...settings, periods: [2, 1] })).toThrow(/sorted/);
  });
});

// Chapter 4 ("Gradients through a held value") quotes these numbers for the figure's defaults;
// if the measurement changes, the prose (content/en|zh/04-clockwork.mdx) must too.
describe('the numbers chapter 4 quotes', () => {
  it('lag 64: the slowest module took 8 factors and keeps about 0.24; the SRN about 5e-9', () => {
    const m = measureClockGradient({
      periods: [1, 2, 4, 8],
      unitsPerModule: 8,
      rho: 0.9,
      horizon: 64,
      seed: 1,
    });
    expect(m.ticks[3]![64]).toBe(8);
    expect(m.modules[3]![64]!.toFixed(2)).toBe('0.24');
    expect(m.srn[64]!).toBeGreaterThan(4.5e-9);
    expect(m.srn[64]!).toBeLessThan(5.5e-9);
    // "The fastest module … decays at least as fast" as the SRN.
    for (const lag of [8, 16, 32, 64]) expect(m.modules[0]![lag]!).toBeLessThanOrEqual(m.srn[lag]!);
    expect(m.held.maxDeviation).toBe(0);
  });
});
