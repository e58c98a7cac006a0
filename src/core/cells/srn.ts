import { activations, type ActivationName } from '../activations';
import { zeros, type Matrix } from '../matrix';
import { layoutOf } from '../params';
import { leadingSelection } from './jacobians';
import { gemvAdd, gemvTAdd, outerAdd, outerAddAndGemvT, vecAdd } from './kernels';
import type { Cell, StepCache } from './types';

/**
 * The simple recurrent network (Elman 1990), and the clockwork RNN (Koutník et al. 2014) as the
 * same cell with a block mask on W and modules that only run every T_i steps.
 *
 *   a_t = U x_t + W s_{t−1} + b,   s_t = f(a_t)            (rows of active modules)
 *   s_t = s_{t−1}                                          (rows of inactive modules)
 *
 * Layout: U (H × I), W (H × H), b (H × 1).
 */
interface SrnCache extends StepCache {
  /** Which hidden units ran at this step (all, for a plain SRN). */
  readonly active: Uint8Array | null;
}

interface SrnLikeOptions {
  /** W entries that are structurally zero (1 = frozen), H × H row-major. */
  readonly mask?: Uint8Array;
  /** Units active at step t, or null when all are. */
  readonly activeAt?: (t: number) => Uint8Array | null;
  readonly kind: 'srn' | 'clockwork';
}

function makeSrnLikeCell(
  inputSize: number,
  hiddenSize: number,
  activation: ActivationName,
  opts: SrnLikeOptions,
): Cell<SrnCache> {
  const H = hiddenSize;
  const I = inputSize;
  const layout = layoutOf([
    ['U', H, I],
    ['W', H, H],
    ['b', H, 1],
  ]);
  const offU = 0;
  const offW = H * I;
  const offB = offW + H * H;
  const act = activations[activation];
  let frozen: Uint8Array | undefined;
  if (opts.mask) {
    frozen = new Uint8Array(layout.size);
    frozen.set(opts.mask, offW);
  }
  const activeAt = opts.activeAt ?? (() => null);

  const forward = (p: Float64Array, x: Float64Array, prev: Float64Array, t: number): SrnCache => {
    const active = activeAt(t);
    const a = new Float64Array(H);
    for (let i = 0; i < H; i++) a[i] = p[offB + i]!;
    gemvAdd(a, p, offU, H, I, x);
    gemvAdd(a, p, offW, H, H, prev);
    const s = new Float64Array(H);
    for (let i = 0; i < H; i++) s[i] = active && !active[i] ? prev[i]! : act.f(a[i]!);
    return { state: s, out: s, x, prev, active };
  };

  /** f'(a_i) for active units, 0 for units that only copied their state. */
  const slope = (cache: SrnCache, i: number) =>
    cache.active && !cache.active[i] ? 0 : act.dfFromOutput(cache.state[i]!);

  return {
    kind: opts.kind,
    inputSize: I,
    hiddenSize: H,
    stateSize: H,
    outputSize: H,
    layout,
    ...(frozen ? { frozen } : {}),
    forward,
    backward(p, cache, dOut, dState, grad, needDx = true) {
      const da = new Float64Array(H);
      const dPrev = new Float64Array(H);
      for (let i = 0; i < H; i++) {
        const ds = dOut[i]! + dState[i]!;
        if (cache.active && !cache.active[i]) dPrev[i] = ds;
        else da[i] = ds * act.dfFromOutput(cache.state[i]!);
      }
      outerAdd(grad, offU, da, cache.x);
      // Masked W entries are zero in p, so they add nothing to dPrev; their gradient is cleared.
      outerAddAndGemvT(grad, p, offW, da, cache.prev, dPrev);
      vecAdd(grad, offB, da);
      if (frozen) for (let k = offW; k < offB; k++) if (frozen[k]) grad[k] = 0;
      const dx = new Float64Array(I);
      if (needDx) gemvTAdd(dx, p, offU, H, I, da);
      return { dx, dPrev };
    },
    stateJacobian(p, cache): Matrix {
      const J = zeros(H, H);
      for (let i = 0; i < H; i++) {
        if (cache.active && !cache.active[i]) {
          J.data[i * H + i] = 1;
          continue;
        }
        const d = slope(cache, i);
        for (let k = 0; k < H; k++) J.data[i * H + k] = d * p[offW + i * H + k]!;
      }
      return J;
    },
    paramJacobian(_p, cache): Matrix {
      const P = layout.size;
      const D = zeros(H, P);
      for (let i = 0; i < H; i++) {
        const d = slope(cache, i);
        if (d === 0) continue;
        const row = i * P;
        for (let j = 0; j < I; j++) D.data[row + offU + i * I + j] = d * cache.x[j]!;
        for (let k = 0; k < H; k++) {
          const w = offW + i * H + k;
          if (!frozen || !frozen[w]) D.data[row + w] = d * cache.prev[k]!;
        }
        D.data[row + offB + i] = d;
      }
      return D;
    },
    outFromState: () => leadingSelection(H, H),
  };
}

export function createSrnCell(
  inputSize: number,
  hiddenSize: number,
  activation: ActivationName = 'tanh',
): Cell<SrnCache> {
  return makeSrnLikeCell(inputSize, hiddenSize, activation, { kind: 'srn' });
}

/** Which module each hidden unit belongs to, modules of (nearly) equal size, fastest first. */
export function clockworkModules(hiddenSize: number, moduleCount: number): Uint16Array {
  if (moduleCount < 1 || moduleCount > hiddenSize)
    throw new Error(`cannot split ${hiddenSize} units into ${moduleCount} modules`);
  const owner = new Uint16Array(hiddenSize);
  for (let i = 0; i < hiddenSize; i++) owner[i] = Math.floor((i * moduleCount) / hiddenSize);
  return owner;
}

/**
 * W's clockwork mask, block upper-triangular over the modules sorted fastest first: unit i (of
 * module m_i) may read unit k (of module m_k) only when m_k ≥ m_i — slower modules feed faster
 * ones, never the reverse. 1 marks a frozen (always zero) entry.
 */
export function clockworkMask(hiddenSize: number, moduleCount: number): Uint8Array {
  const owner = clockworkModules(hiddenSize, moduleCount);
  const mask = new Uint8Array(hiddenSize * hiddenSize);
  for (let i = 0; i < hiddenSize; i++) {
    for (let k = 0; k < hiddenSize; k++) mask[i * hiddenSize + k] = owner[k]! >= owner[i]! ? 0 : 1;
  }
  return mask;
}

export function createClockworkCell(
  inputSize: number,
  hiddenSize: number,
  periods: readonly number[],
  activation: ActivationName = 'tanh',
): Cell<SrnCache> {
  for (let m = 1; m < periods.length; m++) {
    if (!(periods[m]! >= periods[m - 1]!))
      throw new Error('clockwork periods must be sorted, fastest first');
  }
  if (periods.some((T) => !Number.isInteger(T) || T < 1))
    throw new Error('clockwork periods are positive integers');
  const owner = clockworkModules(hiddenSize, periods.length);
  const cacheByPattern = new Map<string, Uint8Array | null>();
  const activeAt = (t: number) => {
    const key = periods.map((T) => (t % T === 0 ? 1 : 0)).join('');
    let active = cacheByPattern.get(key);
    if (active === undefined) {
      const mask = Uint8Array.from(owner, (m) => (t % periods[m]! === 0 ? 1 : 0));
      active = mask.every((v) => v === 1) ? null : mask;
      cacheByPattern.set(key, active);
    }
    return active;
  };
  return makeSrnLikeCell(inputSize, hiddenSize, activation, {
    kind: 'clockwork',
    mask: clockworkMask(hiddenSize, periods.length),
    activeAt,
  });
}
