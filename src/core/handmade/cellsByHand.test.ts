import { describe, expect, it } from 'vitest';
import { createGruCell } from '../cells/gru';
import { createLstmCell } from '../cells/lstm';
import { createRng, gaussian } from '../rng';
import { relativeError as normRelativeError } from '../testing';
import { gateArrays, zeroGate, type Gate } from './gates';
import { worstRelativeError } from './gradCheck';
import { gruBackward, gruForward, type GruWeights } from './gruByHand';
import { lstmBackward, lstmForward, type LstmWeights } from './lstmByHand';

const I = 3;
const H = 4;

function random(n: number, rng: ReturnType<typeof createRng>, scale = 0.8): Float64Array {
  return Float64Array.from({ length: n }, () => scale * gaussian(rng));
}

/**
 * The gates as views into the core cell's flat parameters (gate k's rows of the cell's Wx, Wh
 * and b, here U, W and b), so that both codes read, and a finite difference nudges, the very
 * same numbers.
 */
function gatesOf<K extends string>(p: Float64Array, names: readonly K[]): Record<K, Gate> {
  const n = names.length;
  const offWh = n * H * I;
  const offB = offWh + n * H * H;
  return Object.fromEntries(
    names.map((name, k) => [
      name,
      {
        U: { rows: H, cols: I, data: p.subarray(k * H * I, (k + 1) * H * I) },
        W: { rows: H, cols: H, data: p.subarray(offWh + k * H * H, offWh + (k + 1) * H * H) },
        b: p.subarray(offB + k * H, offB + (k + 1) * H),
      },
    ]),
  ) as Record<K, Gate>;
}

const zeroGates = <K extends string>(names: readonly K[]) =>
  Object.fromEntries(names.map((name) => [name, zeroGate(I, H)])) as Record<K, Gate>;

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, k) => s + v * b[k]!, 0);

describe('the GRU by hand', () => {
  const names = ['z', 'r', 'sTilde'] as const;
  const cell = createGruCell(I, H);
  const rng = createRng(21);
  const p = random(cell.layout.size, rng);
  const w: GruWeights = gatesOf(p, names);
  const x = random(I, rng);
  const sPrev = random(H, rng, 0.6);
  /** E = a · s_t for a fixed random a, so that ∂E/∂s_t = a. */
  const a = random(H, rng);

  it('steps forward and backward exactly as the core cell', () => {
    const step = gruForward(w, x, sPrev);
    const cache = cell.forward(p, x, sPrev, 0);
    expect(normRelativeError(step.s, cache.state)).toBeLessThan(1e-15);
    const g: GruWeights = zeroGates(names);
    const { dx, dsPrev } = gruBackward(w, step, a, g);
    const coreGrad = new Float64Array(cell.layout.size);
    const core = cell.backward(p, cache, a, new Float64Array(H), coreGrad, true);
    expect(normRelativeError(dx, core.dx)).toBeLessThan(1e-14);
    expect(normRelativeError(dsPrev, core.dPrev)).toBeLessThan(1e-14);
    const mine = gatesOf(coreGrad, names);
    for (const [n, [name, values]] of gateArrays(g).entries())
      expect(normRelativeError(values, gateArrays(mine)[n]![1]), name).toBeLessThan(1e-14);
  });

  it('has gradients equal to centred finite differences (< 1e-7 relative)', () => {
    const g: GruWeights = zeroGates(names);
    const { dx, dsPrev } = gruBackward(w, gruForward(w, x, sPrev), a, g);
    const loss = () => dot(a, gruForward(w, x, sPrev).s);
    for (const [n, [name, theta]] of gateArrays(w).entries())
      expect(worstRelativeError(loss, theta, gateArrays(g)[n]![1]), name).toBeLessThan(1e-7);
    expect(worstRelativeError(loss, x, dx)).toBeLessThan(1e-7);
    expect(worstRelativeError(loss, sPrev, dsPrev)).toBeLessThan(1e-7);
  });
});

describe('the LSTM by hand', () => {
  const names = ['i', 'f', 'g', 'o'] as const;
  const cell = createLstmCell(I, H, false);
  const rng = createRng(22);
  const p = random(cell.layout.size, rng);
  const w: LstmWeights = gatesOf(p, names);
  const x = random(I, rng);
  const sPrev = random(H, rng, 0.6);
  const cPrev = random(H, rng);
  /** E = a · s_t + b · c_t, so that ∂E/∂s_t = a and ∂E/∂c_t (from beyond the step) = b. */
  const a = random(H, rng);
  const b = random(H, rng);
  const state = () => {
    const packed = new Float64Array(2 * H);
    packed.set(sPrev);
    packed.set(cPrev, H);
    return packed;
  };

  it('steps forward and backward exactly as the core cell', () => {
    const step = lstmForward(w, x, sPrev, cPrev);
    const cache = cell.forward(p, x, state(), 0);
    expect(normRelativeError(step.s, cache.state.subarray(0, H))).toBeLessThan(1e-15);
    expect(normRelativeError(step.c, cache.state.subarray(H))).toBeLessThan(1e-15);
    const g: LstmWeights = zeroGates(names);
    const mine = lstmBackward(w, step, a, b, g);
    const coreGrad = new Float64Array(cell.layout.size);
    const dState = new Float64Array(2 * H);
    dState.set(b, H);
    const core = cell.backward(p, cache, a, dState, coreGrad, true);
    expect(normRelativeError(mine.dx, core.dx)).toBeLessThan(1e-14);
    expect(normRelativeError(mine.dsPrev, core.dPrev.subarray(0, H))).toBeLessThan(1e-14);
    expect(normRelativeError(mine.dcPrev, core.dPrev.subarray(H))).toBeLessThan(1e-14);
    const theirs = gateArrays(gatesOf(coreGrad, names));
    for (const [n, [name, values]] of gateArrays(g).entries())
      expect(normRelativeError(values, theirs[n]![1]), name).toBeLessThan(1e-14);
  });

  it('has gradients equal to centred finite differences (< 1e-7 relative)', () => {
    const g: LstmWeights = zeroGates(names);
    const back = lstmBackward(w, lstmForward(w, x, sPrev, cPrev), a, b, g);
    const loss = () => {
      const step = lstmForward(w, x, sPrev, cPrev);
      return dot(a, step.s) + dot(b, step.c);
    };
    for (const [n, [name, theta]] of gateArrays(w).entries())
      expect(worstRelativeError(loss, theta, gateArrays(g)[n]![1]), name).toBeLessThan(1e-7);
    expect(worstRelativeError(loss, x, back.dx)).toBeLessThan(1e-7);
    expect(worstRelativeError(loss, sPrev, back.dsPrev)).toBeLessThan(1e-7);
    expect(worstRelativeError(loss, cPrev, back.dcPrev)).toBeLessThan(1e-7);
  });
});
