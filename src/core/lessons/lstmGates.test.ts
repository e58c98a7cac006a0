import { describe, expect, it } from 'vitest';
import { createGruCell, createLstmCell } from '../cells';
import { spectralNorm } from '../diagnostics';
import { zeros, type Matrix } from '../matrix';
import { oneHot } from '../vocabulary';
import { diagonalBlock, forgetPathNorms } from './gatePaths';
import { gateLesson, gateLessonWeights } from './gateLesson';
import { gruGateJacobian, gruGateRun, gruGateStep, type GruGateName } from './gruGates';
import type { HeldGate } from './heldGates';
import { lstmGateJacobian, lstmGateRun, lstmGateStep, type LstmGateName } from './lstmGates';

const I = 4;
const H = 3;
const xs = [0, 2, 1, 3, 0, 1].map((k) => oneHot(k, I));
const { lstm: lp, gru: gp } = gateLessonWeights(I, H, 7, 1);
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (v, k) => Math.abs(v - b[k]!)));

/** ∂(state after the step)/∂(state before), by central differences. */
function finiteDifferenceJacobian(f: (state: Float64Array) => Float64Array, at: Float64Array) {
  const S = at.length;
  const h = 1e-6;
  const J = zeros(f(at).length, S);
  for (let k = 0; k < S; k++) {
    const up = at.slice();
    const down = at.slice();
    up[k]! += h;
    down[k]! -= h;
    const d = f(up).map((v, i) => (v - f(down)[i]!) / (2 * h));
    d.forEach((v, i) => (J.data[i * S + k] = v));
  }
  return J;
}

const lstmHolds: HeldGate<LstmGateName>[] = [
  { gate: 'f', t: 2, unit: 1, value: 0.3 },
  { gate: 'i', t: 3, value: 0 },
  { gate: 'o', unit: 0, value: 0.9 },
  { gate: 'g', t: 4, unit: 2, value: -0.5 },
];
const gruHolds: HeldGate<GruGateName>[] = [
  { gate: 'z', t: 2, unit: 1, value: 0.8 },
  { gate: 'r', t: 3, value: 0.2 },
  { gate: 'c', t: 4, unit: 0, value: 0.4 },
];

describe('the LSTM and GRU written gate by gate', () => {
  it('with no gate held, equal the core cells step by step', () => {
    const lstmCell = createLstmCell(I, H);
    let prev: Float64Array = new Float64Array(2 * H);
    lstmGateRun(lp, H, xs).forEach((step, t) => {
      const core = lstmCell.forward(lp, xs[t]!, prev, t);
      expect(maxDiff(step.s, core.state.subarray(0, H))).toBeLessThan(1e-15);
      expect(maxDiff(step.c, core.c)).toBeLessThan(1e-15);
      for (const g of ['i', 'f', 'g', 'o'] as const)
        expect(maxDiff(step.gates[g].value, core[g])).toBeLessThan(1e-15);
      prev = core.state;
    });
    const gruCell = createGruCell(I, H);
    let s: Float64Array = new Float64Array(H);
    gruGateRun(gp, H, xs).forEach((step, t) => {
      const core = gruCell.forward(gp, xs[t]!, s, t);
      expect(maxDiff(step.s, core.state)).toBeLessThan(1e-15);
      for (const g of ['z', 'r', 'c'] as const)
        expect(maxDiff(step.gates[g].value, core[g])).toBeLessThan(1e-15);
      s = core.state;
    });
  });

  it('with no gate held, their step Jacobians equal the core cells’ (read off backprop)', () => {
    const lstmCell = createLstmCell(I, H);
    let prev: Float64Array = new Float64Array(2 * H);
    lstmGateRun(lp, H, xs).forEach((step, t) => {
      const core = lstmCell.forward(lp, xs[t]!, prev, t);
      expect(
        maxDiff(lstmGateJacobian(lp, H, step).data, lstmCell.stateJacobian(lp, core).data),
      ).toBeLessThan(1e-14);
      prev = core.state;
    });
    const gruCell = createGruCell(I, H);
    let s: Float64Array = new Float64Array(H);
    gruGateRun(gp, H, xs).forEach((step, t) => {
      const core = gruCell.forward(gp, xs[t]!, s, t);
      expect(
        maxDiff(gruGateJacobian(gp, H, step).data, gruCell.stateJacobian(gp, core).data),
      ).toBeLessThan(1e-14);
      s = core.state;
    });
  });

  it('a hand-set gate is used as given: c_t = f ∘ c_{t−1} + i ∘ g, s_t = o ∘ tanh c_t', () => {
    const free = lstmGateRun(lp, H, xs);
    const held = lstmGateRun(lp, H, xs, lstmHolds);
    // Before the first hold at t = 2 (o of unit 0 is held at every step, the rest is free).
    expect(held[0]!.gates.o.value[0]).toBe(0.9);
    expect(held[0]!.c).toEqual(free[0]!.c);
    const at2 = held[2]!;
    expect(at2.gates.f.value[1]).toBe(0.3);
    expect(at2.gates.f.held[1]).toBe(1);
    expect(at2.gates.f.held[0]).toBe(0);
    // The computed value is still what the cell would give from its input and state.
    expect(at2.gates.f.computed[1]).toBe(
      lstmGateStep(lp, H, xs[2]!, at2.sPrev, at2.cPrev, 2).gates.f.value[1],
    );
    for (const step of held)
      for (let j = 0; j < H; j++) {
        const { i, f, g, o } = step.gates;
        expect(step.c[j]).toBeCloseTo(f.value[j]! * step.cPrev[j]! + i.value[j]! * g.value[j]!, 15);
        expect(step.s[j]).toBeCloseTo(o.value[j]! * Math.tanh(step.c[j]!), 15);
      }
    // i = 0 at t = 3: nothing written, the cell only keeps f ∘ c_{t−1}.
    expect(held[3]!.written.every((w) => w === 0)).toBe(true);
    expect(held[3]!.c).toEqual(held[3]!.kept);
    expect(held[4]!.gates.g.value[2]).toBe(-0.5);
  });

  it('f = 1 and i = 0 keep c exactly (the constant error carousel), and ∂c_T/∂c_k = I', () => {
    const lesson = gateLesson({
      xs,
      hidden: H,
      seed: 7,
      forgetBias: 1,
      lstmHolds: [
        { gate: 'f', value: 1 },
        { gate: 'i', value: 0 },
        { gate: 'i', t: 0, value: 1 },
      ],
    });
    const c0 = lesson.lstm[0]!.c;
    for (const step of lesson.lstm) expect(step.c).toEqual(c0);
    expect(lesson.paths.cell.slice(0, xs.length)).toEqual(new Array(xs.length).fill(1));
    expect(lesson.paths.forgetOnly).toEqual(new Array(xs.length + 1).fill(1));
  });

  it('a GRU gate held by hand: s_t = (1 − z) ∘ s̃ + z ∘ s_{t−1}', () => {
    const held = gruGateRun(gp, H, xs, gruHolds);
    expect(held[2]!.gates.z.value[1]).toBe(0.8);
    expect(held[3]!.gates.r.value).toEqual(new Float64Array([0.2, 0.2, 0.2]));
    expect(held[4]!.gates.c.value[0]).toBe(0.4);
    for (const step of held)
      for (let j = 0; j < H; j++) {
        const { z, c } = step.gates;
        expect(step.s[j]).toBeCloseTo(
          (1 - z.value[j]!) * c.value[j]! + z.value[j]! * step.sPrev[j]!,
          15,
        );
      }
  });

  it('with gates held, the step Jacobians equal finite differences (no derivative through a held gate)', () => {
    const lstm = lstmGateRun(lp, H, xs, lstmHolds);
    lstm.forEach((step, t) => {
      const fd = finiteDifferenceJacobian(
        (state) => {
          const next = lstmGateStep(lp, H, step.x, state.slice(0, H), state.slice(H), t, lstmHolds);
          return Float64Array.from([...next.s, ...next.c]);
        },
        Float64Array.from([...step.sPrev, ...step.cPrev]),
      );
      expect(maxDiff(lstmGateJacobian(lp, H, step).data, fd.data)).toBeLessThan(1e-9);
    });
    const gru = gruGateRun(gp, H, xs, gruHolds);
    gru.forEach((step, t) => {
      const fd = finiteDifferenceJacobian(
        (state) => gruGateStep(gp, H, step.x, state, t, gruHolds).s,
        step.sPrev,
      );
      expect(maxDiff(gruGateJacobian(gp, H, step).data, fd.data)).toBeLessThan(1e-9);
    });
  });
});

describe('gradient paths', () => {
  const lesson = gateLesson({ xs, hidden: H, seed: 7, forgetBias: 1, lstmHolds, gruHolds });
  const T = xs.length - 1;

  /** ∂state_T/∂state_k by finite differences of the run from step k + 1 on, with the same holds. */
  function lstmProductByDifferences(k: number): Matrix {
    const from = lesson.lstm[k]!;
    return finiteDifferenceJacobian(
      (state) => {
        const rest = lstmGateRun(
          lp,
          H,
          xs.slice(k + 1),
          lstmHolds,
          {
            s: state.slice(0, H),
            c: state.slice(H),
          },
          k + 1,
        );
        const last = rest.at(-1)!;
        return Float64Array.from([...last.s, ...last.c]);
      },
      Float64Array.from([...from.s, ...from.c]),
    );
  }

  it('‖∂c_T/∂c_k‖ and ‖∂s_T/∂s_k‖ equal the norms of finite-difference Jacobian products', () => {
    for (let k = 0; k < T; k++) {
      const fd = lstmProductByDifferences(k);
      const lag = T - k;
      const cell = spectralNorm(diagonalBlock(fd, { from: H, to: 2 * H }));
      const hidden = spectralNorm(diagonalBlock(fd, { from: 0, to: H }));
      expect(Math.abs(lesson.paths.cell[lag]! - cell) / cell).toBeLessThan(1e-6);
      expect(Math.abs(lesson.paths.hidden[lag]! - hidden) / hidden).toBeLessThan(1e-6);
      const gruFd = finiteDifferenceJacobian(
        (state) => gruGateRun(gp, H, xs.slice(k + 1), gruHolds, state, k + 1).at(-1)!.s,
        lesson.gru[k]!.s,
      );
      const gru = spectralNorm(gruFd);
      expect(Math.abs(lesson.paths.gru[lag]! - gru) / gru).toBeLessThan(1e-6);
    }
    // Lag 0 is the identity.
    expect(lesson.paths.cell[0]).toBeCloseTo(1, 12);
  });

  it('the cell path alone is max_j of the product of the forget gates', () => {
    expect(
      forgetPathNorms([
        [0.5, 0.9],
        [0.5, 0.5],
        [1, 0.2],
      ]),
    ).toEqual([1, 1, 0.5, 0.25]);
    const f = lesson.lstm.map((s) => s.gates.f.value);
    const lag2 = Math.max(...[0, 1, 2].map((j) => f[T]![j]! * f[T - 1]![j]!));
    expect(lesson.paths.forgetOnly[2]).toBeCloseTo(lag2, 15);
  });
});
