import { describe, expect, it } from 'vitest';
import { gatePhase, gatePiece, timeGate, timeGateProblem, type TimeGate } from './phasedGate';

const gate: TimeGate = { period: 8, shift: 1, openRatio: 0.25, leak: 0.001 };

describe('the Phased LSTM time gate', () => {
  it('rises over the first half of the open phase, falls over the second, leaks when closed', () => {
    // φ = (t − 1) mod 8 / 8; open for φ < 0.25, i.e. t − 1 ∈ [0, 2).
    expect(timeGate(gate, 1)).toBe(0);
    expect(gatePiece(gate, 1.5)).toBe('opening');
    expect(timeGate(gate, 1.5)).toBeCloseTo(0.5, 15);
    expect(timeGate(gate, 2)).toBeCloseTo(1, 15);
    expect(gatePiece(gate, 2.5)).toBe('closing');
    expect(timeGate(gate, 2.5)).toBeCloseTo(0.5, 15);
    expect(gatePiece(gate, 5)).toBe('closed');
    expect(timeGate(gate, 5)).toBeCloseTo(0.001 * 0.5, 15);
  });

  it('is continuous without the leak; the leak adds jumps of α·r_on and α at the closed phase’s ends', () => {
    const eps = 1e-9;
    const jump = (g: TimeGate, t: number) => timeGate(g, t + eps) - timeGate(g, t - eps);
    const test = { ...gate, leak: 0 };
    for (const edge of [1, 2, 3, 9]) expect(Math.abs(jump(test, edge))).toBeLessThan(1e-6);
    // With α > 0: continuous at the peak, up by α·r_on where the gate closes, down by α where the cycle restarts.
    expect(Math.abs(jump(gate, 2))).toBeLessThan(1e-6);
    expect(jump(gate, 3)).toBeCloseTo(0.001 * 0.25, 6);
    expect(jump(gate, 9)).toBeCloseTo(-0.001, 6);
    expect(timeGate(gate, 9)).toBe(0);
  });

  it('is periodic in τ and shifted by ψ, also before the shift', () => {
    for (const t of [-7.3, 0.2, 3.9, 12.6]) {
      expect(timeGate(gate, t + 8)).toBeCloseTo(timeGate(gate, t), 12);
      expect(timeGate({ ...gate, shift: 0 }, t - 1)).toBeCloseTo(timeGate(gate, t), 12);
      expect(gatePhase(gate, t)).toBeGreaterThanOrEqual(0);
      expect(gatePhase(gate, t)).toBeLessThan(1);
    }
  });

  it('without the leak is exactly 0 when closed: the state is held as in a clockwork module', () => {
    const test = { ...gate, leak: 0 };
    for (let t = 3; t < 9; t += 0.25) expect(timeGate(test, t)).toBe(0);
    // The leak scales the closed phase linearly.
    expect(timeGate({ ...gate, leak: 0.1 }, 7)).toBeCloseTo(0.1 * gatePhase(gate, 7), 15);
  });

  it('with r_on = 1 is a triangle that peaks at mid-cycle', () => {
    const wide = { ...gate, openRatio: 1 };
    expect(timeGate(wide, 5)).toBeCloseTo(1, 15);
    expect(timeGate(wide, 3)).toBeCloseTo(0.5, 15);
  });

  it('names bad parameters', () => {
    expect(timeGateProblem(gate)).toBeNull();
    expect(timeGateProblem({ ...gate, period: 0 })).toMatch(/period/);
    expect(timeGateProblem({ ...gate, openRatio: 0 })).toMatch(/open ratio/);
    expect(timeGateProblem({ ...gate, leak: Number.NaN })).toMatch(/leak/);
  });
});
