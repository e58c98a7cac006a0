import { layoutOf } from '../params';
import { jacobiansFromBackward, leadingSelection } from './jacobians';
import { gemvAdd, gemvTAdd, outerAdd, sigmoid, vecAdd } from './kernels';
import type { Cell, StepCache } from './types';

/**
 * Gated recurrent unit in the convention of Cho et al. (2014): the reset gate acts before the
 * recurrent matrix, and z keeps the old state.
 *
 *   z = σ(Wx_z x + Wh_z s + b_z)        r = σ(Wx_r x + Wh_r s + b_r)
 *   c = tanh(Wx_c x + Wh_c (r ∘ s) + b_c)
 *   s' = (1 − z) ∘ c + z ∘ s
 *
 * (PyTorch's nn.GRU multiplies r after Wh_c s; the two are different functions.)
 * Layout: Wx (3H × I), Wh (3H × H), b (3H × 1), gate rows in the order z, r, c.
 */
export interface GruCache extends StepCache {
  readonly z: Float64Array;
  readonly r: Float64Array;
  readonly c: Float64Array;
  readonly rs: Float64Array;
}

export function createGruCell(inputSize: number, hiddenSize: number): Cell<GruCache> {
  const H = hiddenSize;
  const I = inputSize;
  const layout = layoutOf([
    ['Wx', 3 * H, I],
    ['Wh', 3 * H, H],
    ['b', 3 * H, 1],
  ]);
  const offWx = 0;
  const offWh = 3 * H * I;
  const offB = offWh + 3 * H * H;
  // Row offsets of each gate inside Wx and Wh.
  const wx = (gate: number) => offWx + gate * H * I;
  const wh = (gate: number) => offWh + gate * H * H;

  const cell: Cell<GruCache> = {
    kind: 'gru',
    inputSize: I,
    hiddenSize: H,
    stateSize: H,
    outputSize: H,
    layout,
    forward(p, x, prev) {
      const pre = (gate: number, h: Float64Array) => {
        const a = p.slice(offB + gate * H, offB + (gate + 1) * H);
        gemvAdd(a, p, wx(gate), H, I, x);
        gemvAdd(a, p, wh(gate), H, H, h);
        return a;
      };
      const z = pre(0, prev).map(sigmoid);
      const r = pre(1, prev).map(sigmoid);
      const rs = r.map((v, i) => v * prev[i]!);
      const c = pre(2, rs).map(Math.tanh);
      const s = new Float64Array(H);
      for (let i = 0; i < H; i++) s[i] = (1 - z[i]!) * c[i]! + z[i]! * prev[i]!;
      return { state: s, out: s, x, prev, z, r, c, rs, gates: { z, r, c } };
    },
    backward(p, cache, dOut, dState, grad, needDx = true) {
      const { z, r, c, rs, prev, x } = cache;
      const ds = new Float64Array(H);
      for (let i = 0; i < H; i++) ds[i] = dOut[i]! + dState[i]!;
      const daz = new Float64Array(H);
      const dac = new Float64Array(H);
      const dPrev = new Float64Array(H);
      for (let i = 0; i < H; i++) {
        daz[i] = ds[i]! * (prev[i]! - c[i]!) * z[i]! * (1 - z[i]!);
        dac[i] = ds[i]! * (1 - z[i]!) * (1 - c[i]! * c[i]!);
        dPrev[i] = ds[i]! * z[i]!;
      }
      const drs = new Float64Array(H);
      gemvTAdd(drs, p, wh(2), H, H, dac);
      const dar = new Float64Array(H);
      for (let i = 0; i < H; i++) {
        dar[i] = drs[i]! * prev[i]! * r[i]! * (1 - r[i]!);
        dPrev[i]! += drs[i]! * r[i]!;
      }
      gemvTAdd(dPrev, p, wh(0), H, H, daz);
      gemvTAdd(dPrev, p, wh(1), H, H, dar);
      const gates: [Float64Array, Float64Array][] = [
        [daz, prev],
        [dar, prev],
        [dac, rs],
      ];
      const dx = new Float64Array(I);
      gates.forEach(([da, hIn], gate) => {
        outerAdd(grad, wx(gate), da, x);
        outerAdd(grad, wh(gate), da, hIn);
        vecAdd(grad, offB + gate * H, da);
        if (needDx) gemvTAdd(dx, p, wx(gate), H, I, da);
      });
      return { dx, dPrev };
    },
    stateJacobian: (p, cache) => jacobiansFromBackward(cell, p, cache).state,
    paramJacobian: (p, cache) => jacobiansFromBackward(cell, p, cache).params,
    outFromState: () => leadingSelection(H, H),
  };
  return cell;
}
