import { sigmoid } from '../cells/kernels';
import { zeros, type Matrix } from '../matrix';
import { gateValues, sigmoidSlope, tanhSlope, type GateValues, type HeldGate } from './heldGates';

/**
 * The LSTM step written out gate by gate, as the chapter writes it, with gates the reader may
 * set by hand:
 *
 *   i = σ(Wx_i x + Wh_i s + b_i)   f = σ(Wx_f x + Wh_f s + b_f)
 *   g = tanh(Wx_g x + Wh_g s + b_g) o = σ(Wx_o x + Wh_o s + b_o)
 *   c_t = f ∘ c_{t−1} + i ∘ g      s_t = o ∘ tanh(c_t)
 *
 * (s is the core cell's h.) Parameters are in the core LSTM cell's layout without peepholes
 * (`createLstmCell(I, H)`): Wx (4H × I), Wh (4H × H), b (4H), gate rows i, f, g, o. With no
 * gate held, every number equals the core cell's (the tests check).
 */
export type LstmGateName = 'i' | 'f' | 'g' | 'o';
export const LSTM_GATES: readonly LstmGateName[] = ['i', 'f', 'g', 'o'];

export interface LstmGateStep {
  readonly x: Float64Array;
  readonly sPrev: Float64Array;
  readonly cPrev: Float64Array;
  readonly gates: Readonly<Record<LstmGateName, GateValues>>;
  /** f ∘ c_{t−1}: what is kept. */
  readonly kept: Float64Array;
  /** i ∘ g: what is written. */
  readonly written: Float64Array;
  readonly c: Float64Array;
  readonly tanhC: Float64Array;
  /** s_t = o ∘ tanh(c_t): what is read out. */
  readonly s: Float64Array;
}

/** Offsets of the blocks of the core LSTM layout (no peepholes). */
function lstmOffsets(I: number, H: number) {
  return { wh: 4 * H * I, b: 4 * H * I + 4 * H * H };
}

/** One step from (s, c) reading x, with `holds` applied at step t. */
export function lstmGateStep(
  params: Float64Array,
  H: number,
  x: Float64Array,
  sPrev: Float64Array,
  cPrev: Float64Array,
  t: number,
  holds: readonly HeldGate<LstmGateName>[] = [],
): LstmGateStep {
  const I = x.length;
  const off = lstmOffsets(I, H);
  const pre = (k: number) => {
    const a = new Float64Array(H);
    for (let j = 0; j < H; j++) {
      const row = k * H + j;
      let sum = params[off.b + row]!;
      for (let m = 0; m < I; m++) sum += params[row * I + m]! * x[m]!;
      for (let m = 0; m < H; m++) sum += params[off.wh + row * H + m]! * sPrev[m]!;
      a[j] = sum;
    }
    return a;
  };
  const sig = (k: number, name: LstmGateName) =>
    gateValues(pre(k), sigmoid, sigmoidSlope, holds, name, t);
  const gates = {
    i: sig(0, 'i'),
    f: sig(1, 'f'),
    g: gateValues(pre(2), Math.tanh, tanhSlope, holds, 'g', t),
    o: sig(3, 'o'),
  };
  const [i, f, g, o] = [gates.i.value, gates.f.value, gates.g.value, gates.o.value];
  const kept = f.map((fj, j) => fj * cPrev[j]!);
  const written = i.map((ij, j) => ij * g[j]!);
  const c = kept.map((k, j) => k + written[j]!);
  const tanhC = c.map(Math.tanh);
  const s = o.map((oj, j) => oj * tanhC[j]!);
  return { x, sPrev, cPrev, gates, kept, written, c, tanhC, s };
}

/** The steps over a sequence from s = c = 0 (or the given start). */
export function lstmGateRun(
  params: Float64Array,
  H: number,
  xs: readonly Float64Array[],
  holds: readonly HeldGate<LstmGateName>[] = [],
  start?: { readonly s: Float64Array; readonly c: Float64Array },
  firstStep = 0,
): LstmGateStep[] {
  const steps: LstmGateStep[] = [];
  let s = start?.s ?? new Float64Array(H);
  let c = start?.c ?? new Float64Array(H);
  xs.forEach((x, k) => {
    const step = lstmGateStep(params, H, x, s, c, firstStep + k, holds);
    steps.push(step);
    s = step.s;
    c = step.c;
  });
  return steps;
}

/**
 * ∂(s_t, c_t)/∂(s_{t−1}, c_{t−1}) of one step, 2H × 2H over the state [s; c] (the core cell's
 * order), written from the gate values. A held gate contributes no term:
 *
 *   ∂c_j/∂s_k = c_{t−1,j} f'_j Wh_f[j,k] + g_j i'_j Wh_i[j,k] + i_j g'_j Wh_g[j,k]
 *   ∂c_j/∂c_k = f_j δ_jk                      (the cell path)
 *   ∂s_j/∂s_k = tanh(c_j) o'_j Wh_o[j,k] + o_j (1 − tanh² c_j) ∂c_j/∂s_k
 *   ∂s_j/∂c_k = o_j (1 − tanh² c_j) f_j δ_jk
 */
export function lstmGateJacobian(params: Float64Array, H: number, step: LstmGateStep): Matrix {
  const I = step.x.length;
  const { wh } = lstmOffsets(I, H);
  const W = (k: number, j: number, m: number) => params[wh + (k * H + j) * H + m]!;
  const { i, f, g, o } = step.gates;
  const S = 2 * H;
  const J = zeros(S, S);
  for (let j = 0; j < H; j++) {
    const readSlope = o.value[j]! * (1 - step.tanhC[j]! ** 2);
    for (let m = 0; m < H; m++) {
      const dc =
        step.cPrev[j]! * f.slope[j]! * W(1, j, m) +
        g.value[j]! * i.slope[j]! * W(0, j, m) +
        i.value[j]! * g.slope[j]! * W(2, j, m);
      J.data[(H + j) * S + m] = dc;
      J.data[j * S + m] = step.tanhC[j]! * o.slope[j]! * W(3, j, m) + readSlope * dc;
    }
    J.data[(H + j) * S + H + j] = f.value[j]!;
    J.data[j * S + H + j] = readSlope * f.value[j]!;
  }
  return J;
}
