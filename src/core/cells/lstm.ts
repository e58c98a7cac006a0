import { layoutOf } from '../params';
import { jacobiansFromBackward, leadingSelection } from './jacobians';
import { gemvAdd, gemvTAdd, outerAdd, outerAddAndGemvT, sigmoid, vecAdd } from './kernels';
import type { Cell, StepCache } from './types';

/**
 * Long short-term memory (Hochreiter & Schmidhuber 1997) with the forget gate (Gers,
 * Schmidhuber & Cummins 2000) and optional peepholes (Gers & Schmidhuber 2000): the input and
 * forget gates look at c_{t−1}, the output gate at c_t.
 *
 *   i = σ(Wx_i x + Wh_i h + b_i + p_i ∘ c)     f = σ(Wx_f x + Wh_f h + b_f + p_f ∘ c)
 *   g = tanh(Wx_g x + Wh_g h + b_g)            c' = f ∘ c + i ∘ g
 *   o = σ(Wx_o x + Wh_o h + b_o + p_o ∘ c')    h' = o ∘ tanh(c')
 *
 * State [h; c] (2H). Layout: Wx (4H × I), Wh (4H × H), b (4H × 1) with gate rows in the order
 * i, f, g, o; then, with peepholes, p_i, p_f, p_o (each H × 1). Greff et al. (2017)'s variants
 * and the 1997 cell with its truncated gradient are in lstmVariants.ts.
 */
export interface LstmCache extends StepCache {
  readonly i: Float64Array;
  readonly f: Float64Array;
  readonly g: Float64Array;
  readonly o: Float64Array;
  readonly c: Float64Array;
  readonly tc: Float64Array;
}

export function createLstmCell(
  inputSize: number,
  hiddenSize: number,
  peepholes = false,
): Cell<LstmCache> {
  const H = hiddenSize;
  const I = inputSize;
  const layout = layoutOf([
    ['Wx', 4 * H, I],
    ['Wh', 4 * H, H],
    ['b', 4 * H, 1],
    ...(peepholes
      ? ([
          ['p_i', H, 1],
          ['p_f', H, 1],
          ['p_o', H, 1],
        ] as const)
      : []),
  ]);
  const offWh = 4 * H * I;
  const offB = offWh + 4 * H * H;
  const offP = offB + 4 * H;
  const peep = (k: number, j: number, p: Float64Array) => (peepholes ? p[offP + k * H + j]! : 0);

  const cell: Cell<LstmCache> = {
    kind: 'lstm',
    inputSize: I,
    hiddenSize: H,
    stateSize: 2 * H,
    outputSize: H,
    layout,
    forward(p, x, prev) {
      const hPrev = prev.subarray(0, H);
      const cPrev = prev.subarray(H, 2 * H);
      const a = p.slice(offB, offB + 4 * H);
      gemvAdd(a, p, 0, 4 * H, I, x);
      gemvAdd(a, p, offWh, 4 * H, H, hPrev);
      const i = new Float64Array(H);
      const f = new Float64Array(H);
      const g = new Float64Array(H);
      const o = new Float64Array(H);
      const c = new Float64Array(H);
      const tc = new Float64Array(H);
      const state = new Float64Array(2 * H);
      for (let j = 0; j < H; j++) {
        i[j] = sigmoid(a[j]! + peep(0, j, p) * cPrev[j]!);
        f[j] = sigmoid(a[H + j]! + peep(1, j, p) * cPrev[j]!);
        g[j] = Math.tanh(a[2 * H + j]!);
        c[j] = f[j]! * cPrev[j]! + i[j]! * g[j]!;
        o[j] = sigmoid(a[3 * H + j]! + peep(2, j, p) * c[j]!);
        tc[j] = Math.tanh(c[j]!);
        state[j] = o[j]! * tc[j]!;
        state[H + j] = c[j]!;
      }
      return {
        state,
        out: state.subarray(0, H),
        x,
        prev,
        i,
        f,
        g,
        o,
        c,
        tc,
        gates: { i, f, g, o, c },
      };
    },
    backward(p, cache, dOut, dState, grad, needDx = true) {
      const { i, f, g, o, c, tc, x, prev } = cache;
      const hPrev = prev.subarray(0, H);
      const cPrev = prev.subarray(H, 2 * H);
      const da = new Float64Array(4 * H);
      const dPrev = new Float64Array(2 * H);
      for (let j = 0; j < H; j++) {
        const dh = dOut[j]! + dState[j]!;
        const dao = dh * tc[j]! * o[j]! * (1 - o[j]!);
        const dc = dState[H + j]! + dh * o[j]! * (1 - tc[j]! * tc[j]!) + dao * peep(2, j, p);
        const dai = dc * g[j]! * i[j]! * (1 - i[j]!);
        const daf = dc * cPrev[j]! * f[j]! * (1 - f[j]!);
        da[j] = dai;
        da[H + j] = daf;
        da[2 * H + j] = dc * i[j]! * (1 - g[j]! * g[j]!);
        da[3 * H + j] = dao;
        dPrev[H + j] = dc * f[j]! + dai * peep(0, j, p) + daf * peep(1, j, p);
        if (peepholes) {
          grad[offP + j]! += dai * cPrev[j]!;
          grad[offP + H + j]! += daf * cPrev[j]!;
          grad[offP + 2 * H + j]! += dao * c[j]!;
        }
      }
      outerAdd(grad, 0, da, x);
      outerAddAndGemvT(grad, p, offWh, da, hPrev, dPrev.subarray(0, H));
      vecAdd(grad, offB, da);
      const dx = new Float64Array(I);
      if (needDx) gemvTAdd(dx, p, 0, 4 * H, I, da);
      return { dx, dPrev };
    },
    stateJacobian: (p, cache) => jacobiansFromBackward(cell, p, cache).state,
    paramJacobian: (p, cache) => jacobiansFromBackward(cell, p, cache).params,
    outFromState: () => leadingSelection(H, 2 * H),
  };
  return cell;
}
