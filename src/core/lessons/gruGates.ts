import { sigmoid } from '../cells/kernels';
import { zeros, type Matrix } from '../matrix';
import { gateValues, sigmoidSlope, tanhSlope, type GateValues, type HeldGate } from './heldGates';

/**
 * The GRU step gate by gate (Cho et al. 2014, the core cell's convention), with gates the
 * reader may set by hand:
 *
 *   z = σ(Wx_z x + Wh_z s + b_z)   r = σ(Wx_r x + Wh_r s + b_r)
 *   s̃ = tanh(Wx_c x + Wh_c (r ∘ s) + b_c)
 *   s_t = (1 − z) ∘ s̃ + z ∘ s_{t−1}
 *
 * Parameters in the core GRU layout (`createGruCell(I, H)`): Wx (3H × I), Wh (3H × H), b (3H),
 * gate rows z, r, c. With no gate held, every number equals the core cell's.
 */
export type GruGateName = 'z' | 'r' | 'c';
export const GRU_GATES: readonly GruGateName[] = ['z', 'r', 'c'];

export interface GruGateStep {
  readonly x: Float64Array;
  readonly sPrev: Float64Array;
  readonly gates: Readonly<Record<GruGateName, GateValues>>;
  /** z ∘ s_{t−1}: what is kept. */
  readonly kept: Float64Array;
  /** (1 − z) ∘ s̃: what is written. */
  readonly written: Float64Array;
  readonly s: Float64Array;
}

function gruOffsets(I: number, H: number) {
  return { wh: 3 * H * I, b: 3 * H * I + 3 * H * H };
}

/** One step from s reading x, with `holds` applied at step t. */
export function gruGateStep(
  params: Float64Array,
  H: number,
  x: Float64Array,
  sPrev: Float64Array,
  t: number,
  holds: readonly HeldGate<GruGateName>[] = [],
): GruGateStep {
  const I = x.length;
  const off = gruOffsets(I, H);
  const pre = (k: number, h: Float64Array) => {
    const a = new Float64Array(H);
    for (let j = 0; j < H; j++) {
      const row = k * H + j;
      let sum = params[off.b + row]!;
      for (let m = 0; m < I; m++) sum += params[row * I + m]! * x[m]!;
      for (let m = 0; m < H; m++) sum += params[off.wh + row * H + m]! * h[m]!;
      a[j] = sum;
    }
    return a;
  };
  const z = gateValues(pre(0, sPrev), sigmoid, sigmoidSlope, holds, 'z', t);
  const r = gateValues(pre(1, sPrev), sigmoid, sigmoidSlope, holds, 'r', t);
  const rs = r.value.map((rj, j) => rj * sPrev[j]!);
  const c = gateValues(pre(2, rs), Math.tanh, tanhSlope, holds, 'c', t);
  const kept = z.value.map((zj, j) => zj * sPrev[j]!);
  const written = z.value.map((zj, j) => (1 - zj) * c.value[j]!);
  const s = kept.map((k, j) => k + written[j]!);
  return { x, sPrev, gates: { z, r, c }, kept, written, s };
}

/** The steps over a sequence from s = 0 (or the given start). */
export function gruGateRun(
  params: Float64Array,
  H: number,
  xs: readonly Float64Array[],
  holds: readonly HeldGate<GruGateName>[] = [],
  start?: Float64Array,
  firstStep = 0,
): GruGateStep[] {
  const steps: GruGateStep[] = [];
  let s = start ?? new Float64Array(H);
  xs.forEach((x, k) => {
    const step = gruGateStep(params, H, x, s, firstStep + k, holds);
    steps.push(step);
    s = step.s;
  });
  return steps;
}

/**
 * ∂s_t/∂s_{t−1} of one step (H × H), from the gate values; a held gate contributes no term:
 *
 *   ∂s_j/∂s_k = z_j δ_jk + (s_{t−1,j} − s̃_j) z'_j Wh_z[j,k]
 *             + (1 − z_j) s̃'_j (Wh_c[j,k] r_k + Σ_m Wh_c[j,m] s_{t−1,m} r'_m Wh_r[m,k])
 */
export function gruGateJacobian(params: Float64Array, H: number, step: GruGateStep): Matrix {
  const I = step.x.length;
  const { wh } = gruOffsets(I, H);
  const W = (k: number, j: number, m: number) => params[wh + (k * H + j) * H + m]!;
  const { z, r, c } = step.gates;
  const J = zeros(H, H);
  for (let j = 0; j < H; j++) {
    const write = (1 - z.value[j]!) * c.slope[j]!;
    for (let k = 0; k < H; k++) {
      let throughReset = 0;
      for (let m = 0; m < H; m++)
        throughReset += W(2, j, m) * step.sPrev[m]! * r.slope[m]! * W(1, m, k);
      J.data[j * H + k] =
        (j === k ? z.value[j]! : 0) +
        (step.sPrev[j]! - c.value[j]!) * z.slope[j]! * W(0, j, k) +
        write * (W(2, j, k) * r.value[k]! + throughReset);
    }
  }
  return J;
}
