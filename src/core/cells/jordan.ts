import { activations, softmax, type ActivationName } from '../activations';
import { layoutOf } from '../params';
import { jacobiansFromBackward } from './jacobians';
import { gemvAdd, gemvTAdd, outerAdd, sigmoid, vecAdd } from './kernels';
import type { Cell, StepCache } from './types';

/** How a Jordan network turns its output logits z into the output y it feeds back. */
export type OutputKind = 'softmax' | 'linear' | 'sigmoid';

/**
 * The Jordan network (Jordan 1986): the network's own output, not its hidden layer, is fed
 * back.
 *
 *   h_t = f(U x_t + W y_{t−1} + b),   z_t = V h_t + c,   y_t = g(z_t)
 *
 * The carried state is y (size O); the cell emits the logits z for the loss, so a Jordan model
 * has no separate head. Layout: U (H × I), W (H × O), b (H × 1), V (O × H), c (O × 1).
 */
export interface JordanCache extends StepCache {
  readonly h: Float64Array;
}

export function createJordanCell(
  inputSize: number,
  hiddenSize: number,
  outputSize: number,
  activation: ActivationName,
  outputKind: OutputKind,
): Cell<JordanCache> {
  const I = inputSize;
  const H = hiddenSize;
  const O = outputSize;
  const layout = layoutOf([
    ['U', H, I],
    ['W', H, O],
    ['b', H, 1],
    ['V', O, H],
    ['c', O, 1],
  ]);
  const offW = H * I;
  const offB = offW + H * O;
  const offV = offB + H;
  const offC = offV + O * H;
  const act = activations[activation];
  const squash = (z: Float64Array) =>
    outputKind === 'softmax' ? softmax(z) : outputKind === 'sigmoid' ? z.map(sigmoid) : z.slice();

  const cell: Cell<JordanCache> = {
    kind: 'jordan',
    inputSize: I,
    hiddenSize: H,
    stateSize: O,
    outputSize: O,
    layout,
    forward(p, x, prev) {
      const a = p.slice(offB, offB + H);
      gemvAdd(a, p, 0, H, I, x);
      gemvAdd(a, p, offW, H, O, prev);
      const h = a.map(act.f);
      const z = p.slice(offC, offC + O);
      gemvAdd(z, p, offV, O, H, h);
      return { state: squash(z), out: z, x, prev, h };
    },
    backward(p, cache, dOut, dState, grad, needDx = true) {
      const y = cache.state;
      // dz = dOut + (∂y/∂z)ᵀ dState; ∂y/∂z is symmetric for all three output kinds.
      const dz = new Float64Array(O);
      if (outputKind === 'softmax') {
        let dot = 0;
        for (let k = 0; k < O; k++) dot += y[k]! * dState[k]!;
        for (let k = 0; k < O; k++) dz[k] = dOut[k]! + y[k]! * (dState[k]! - dot);
      } else {
        for (let k = 0; k < O; k++)
          dz[k] = dOut[k]! + dState[k]! * (outputKind === 'sigmoid' ? y[k]! * (1 - y[k]!) : 1);
      }
      outerAdd(grad, offV, dz, cache.h);
      vecAdd(grad, offC, dz);
      const dh = new Float64Array(H);
      gemvTAdd(dh, p, offV, O, H, dz);
      const da = dh.map((v, j) => v * act.dfFromOutput(cache.h[j]!));
      outerAdd(grad, 0, da, cache.x);
      outerAdd(grad, offW, da, cache.prev);
      vecAdd(grad, offB, da);
      const dx = new Float64Array(I);
      if (needDx) gemvTAdd(dx, p, 0, H, I, da);
      const dPrev = new Float64Array(O);
      gemvTAdd(dPrev, p, offW, H, O, da);
      return { dx, dPrev };
    },
    stateJacobian: (p, cache) => jacobiansFromBackward(cell, p, cache).state,
    paramJacobian: (p, cache) => jacobiansFromBackward(cell, p, cache).params,
    // The emitted logits are not a selection of the state y: RTRL does not cover Jordan nets.
    outFromState: () => null,
  };
  return cell;
}
