import * as tf from '@tensorflow/tfjs-core';
import type { LstmKernels } from './lstmKernels';

/**
 * A whole LSTM direction as ONE differentiable op (tf.customGrad) with a hand-written backward
 * pass, instead of letting tfjs differentiate some twenty small ops per step:
 *
 * - forward, per step: one matMul h_{t−1}·Wh plus that step's rows of the precomputed input
 *   projection, then one fused cell update giving the new state [h; c];
 * - backward, per step: one fused kernel for ∂L/∂a_t and ∂L/∂c_{t−1}, one matMul ∂L/∂a_t·Whᵀ;
 * - once per sequence: ∂L/∂Wh = Σ_t h_{t−1}ᵀ ∂L/∂a_t as ONE matMul over all steps, ∂L/∂x (the
 *   input projection's gradient: the caller's single matMul or gather turns it into ∂L/∂Wx
 *   and ∂L/∂b) and the peepholes' gradients as column sums.
 *
 * The kernels (lstmKernels.ts) are tfjs ops on CPU/WASM and custom WebGL programs on WebGL.
 * Returns h_t for every step, [T·B, H] with row t·B + b, in time order whichever way the
 * direction reads the sequence.
 */
export function lstmSequence(
  kernels: LstmKernels,
  xProj: tf.Tensor2D,
  wh: tf.Tensor2D,
  peep: tf.Tensor2D | null,
  T: number,
  B: number,
  reversed: boolean,
): tf.Tensor2D {
  const H = wh.shape[0];
  const order = Array.from({ length: T }, (_, k) => (reversed ? T - 1 - k : k));
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const save = args[args.length - 1] as tf.GradSaveFunc;
    const x = kernels.prepare(args[0] as tf.Tensor2D);
    const w = kernels.prepare(args[1] as tf.Tensor2D);
    const p = peep ? kernels.prepare(args[2] as tf.Tensor2D) : null;
    const states: tf.Tensor2D[] = new Array<tf.Tensor2D>(T);
    // Pre-activations of the steps after the first; the first reads x's rows directly.
    const pre: tf.Tensor2D[] = [];
    let prev: tf.Tensor2D | null = null;
    for (const t of order) {
      const a: tf.Tensor2D | null = prev ? kernels.preActivation(prev, w, x, t * B) : null;
      if (a) pre.push(a);
      prev = kernels.cellForward({ B, a: a ?? x, aRow: a ? 0 : t * B, prev, peep: p });
      states[t] = prev;
    }
    const hs = stateRows(states, B, H, 0);
    // Saved, not captured: the forward pass's own tensors are disposed before the backward.
    save([x, w, ...(p ? [p] : []), hs, ...states, ...pre]);
    return {
      value: hs,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sx, sw] = saved as tf.Tensor2D[];
        let k = 2;
        const sp = p ? (saved[k++] as tf.Tensor2D) : null;
        const shs = saved[k++] as tf.Tensor2D;
        const sStates = saved.slice(k, k + T) as tf.Tensor2D[];
        const sPre = saved.slice(k + T) as tf.Tensor2D[];
        return backward(
          kernels,
          { x: sx!, w: sw!, p: sp, hs: shs, states: sStates, pre: sPre },
          {
            dy: kernels.prepare(dy as tf.Tensor2D),
            order,
            B,
            H,
          },
        );
      },
    };
  });
  return op(...[xProj, wh, ...(peep ? [peep] : [])]) as tf.Tensor2D;
}

interface Saved {
  readonly x: tf.Tensor2D;
  readonly w: tf.Tensor2D;
  readonly p: tf.Tensor2D | null;
  /** h_t by time, [T·B, H]. */
  readonly hs: tf.Tensor2D;
  /** States [2B, H] by time index. */
  readonly states: readonly tf.Tensor2D[];
  /** Pre-activations of the 2nd, 3rd, … step processed. */
  readonly pre: readonly tf.Tensor2D[];
}

function backward(
  kernels: LstmKernels,
  s: Saved,
  ctx: { dy: tf.Tensor2D; order: readonly number[]; B: number; H: number },
): tf.Tensor[] {
  const { dy, order, B, H } = ctx;
  const T = order.length;
  const backs: tf.Tensor2D[] = new Array<tf.Tensor2D>(T);
  let next: tf.Tensor2D | null = null;
  let dhNext: tf.Tensor2D | null = null;
  for (let k = T - 1; k >= 0; k--) {
    const t = order[k]!;
    const prev = k > 0 ? s.states[order[k - 1]!]! : null;
    const a = k > 0 ? s.pre[k - 1]! : null;
    const step = { B, a: a ?? s.x, aRow: a ? 0 : t * B, prev, peep: s.p };
    const back = kernels.cellBackward(step, dy, t * B, dhNext, next);
    backs[t] = back;
    next = back;
    dhNext = k > 0 ? kernels.recurrentGrad(back, s.w) : null;
  }
  const all = tf.concat(backs, 0);
  const dA = tf.slice(all, [0, 0], [T * B, 4 * H]) as tf.Tensor2D;
  // ∂L/∂Wh = Σ_t h_{t−1}ᵀ ∂L/∂a_t over the steps that have a predecessor, as one matMul: for a
  // forward direction h_{t−1} is row block t−1 of hs, for a reversed one row block t+1.
  const n = (T - 1) * B;
  const dWh =
    T === 1
      ? tf.zerosLike(s.w)
      : order[0] === 0
        ? tf.matMul(rows(s.hs, 0, n), rows(dA, B, n), true, false)
        : tf.matMul(rows(s.hs, B, n), rows(dA, 0, n), true, false);
  const grads: tf.Tensor[] = [dA, dWh];
  if (s.p) {
    // ∂L/∂p_i = Σ ∂L/∂a_i ∘ c_{t−1}, ∂L/∂p_f likewise, ∂L/∂p_o = Σ ∂L/∂a_o ∘ c_t.
    const c = stateRows(s.states, B, H, 1);
    const gate = (q: number) => tf.slice(dA, [0, q * H], [T * B, H]);
    const zeros = tf.zeros([B, H]);
    const cPrev =
      T === 1
        ? zeros
        : order[0] === 0
          ? tf.concat([zeros, rows(c, 0, n)], 0)
          : tf.concat([rows(c, B, n), zeros], 0);
    grads.push(
      tf.stack([
        tf.sum(tf.mul(gate(0), cPrev), 0),
        tf.sum(tf.mul(gate(1), cPrev), 0),
        tf.sum(tf.mul(gate(3), c), 0),
      ]),
    );
  }
  return grads;
}

const rows = (t: tf.Tensor2D, from: number, n: number) =>
  tf.slice(t, [from, 0], [n, t.shape[1]]) as tf.Tensor2D;

/** h (half 0) or c (half 1) of every state, [T·B, H] in time order. */
function stateRows(states: readonly tf.Tensor2D[], B: number, H: number, half: 0 | 1) {
  const T = states.length;
  const all = tf.reshape(tf.concat(states as tf.Tensor2D[], 0), [T, 2 * B, H]);
  return tf.reshape(tf.slice(all, [0, half * B, 0], [T, B, H]), [T * B, H]) as tf.Tensor2D;
}
