import * as tf from '@tensorflow/tfjs-core';
import type { ActivationName } from '../core/activations';
import type { CellSpec } from '../core/cells';
import { tfOpsKernels, type LstmKernels } from './lstmKernels';
import { lstmSequence } from './lstmSequence';
import { webglLstmKernels } from './webglLstm';

/**
 * The recurrences of the core cells (`src/core/cells/`) in tfjs ops, batched: h is B × H and
 * the weights are stored transposed (see variables.ts), so a step is `h · Whᵀ`.
 *
 * The input projection of every time step has already been computed as ONE matMul
 * ([T·B, I] × [I, G·H], plus the bias) by the caller; each step then adds one matMul of h with
 * the stacked recurrent weights of all gates and splits the result. The equations, gate order
 * and conventions are the core's exactly, so the two engines compute the same function.
 */
export interface Direction {
  readonly cell: CellSpec;
  readonly hiddenSize: number;
  /** Uᵀ or Wxᵀ, [I, G·H]. */
  readonly inputWeights: tf.Variable;
  /** Wᵀ or Whᵀ, [H, G·H]. */
  readonly recurrent: tf.Variable;
  /** b, [G·H]. */
  readonly bias: tf.Variable;
  /** LSTM peepholes p_i, p_f, p_o ([H] each), or null. */
  readonly peepholes: readonly [tf.Variable, tf.Variable, tf.Variable] | null;
  /** Clockwork RNN: which W entries may be non-zero, and the module of each unit. */
  readonly clockwork: {
    /** 1 where Wᵀ may be non-zero (the transposed block upper-triangular mask), [H, H]. */
    readonly keep: tf.Tensor2D;
    readonly periods: readonly number[];
    readonly owner: Uint16Array;
  } | null;
}

function activate(name: ActivationName, a: tf.Tensor2D): tf.Tensor2D {
  switch (name) {
    case 'tanh':
      return tf.tanh(a);
    case 'relu':
      return tf.relu(a);
    case 'sigmoid':
      return tf.sigmoid(a);
    case 'linear':
      return a;
  }
}

/**
 * `h · Wᵀ + x`. Not tf.fused.matMul with x as its bias: the WASM backend's fused kernel takes
 * only a rank-1 bias, and x is B × G·H.
 */
const step = (h: tf.Tensor2D, w: tf.Tensor2D, x: tf.Tensor2D) =>
  tf.add(tf.matMul(h, w), x) as tf.Tensor2D;

/** The projected inputs [T·B, n] as T tensors of B × n, by time index. */
const perStep = (x: tf.Tensor2D, T: number, B: number) =>
  tf.unstack(tf.reshape(x, [T, B, x.shape[1]])) as tf.Tensor2D[];

/**
 * How the LSTM runs: 'fused' is one op per direction with a hand-written backward pass
 * (lstmSequence.ts) whose per-step kernels are custom WebGL programs on WebGL and tfjs ops
 * elsewhere; 'fused-ops' forces the tfjs-op kernels on WebGL too; 'autodiff' is the plain
 * op-by-op recurrence that tfjs differentiates itself. 'auto' (the default) takes whichever the
 * benchmark measured fastest for the backend and shape: the fused op on WebGL (1.4–3.5× the
 * op-by-op LSTM); on CPU and WASM the fused op for small batches from H = 64 up (1.25–1.9× at
 * batch 1, H = 128 and 256) and the op-by-op LSTM otherwise (the fused op ran at 0.75–0.95× at
 * batch 32, H = 128 and 256, and about even at H = 32). The others are for the benchmark, which
 * measures what each step of the optimisation buys, and for tests.
 */
export type LstmImplementation = 'auto' | 'fused' | 'fused-ops' | 'autodiff';
let lstmImplementation: LstmImplementation = 'auto';
/** On CPU and WASM ('auto'), the fused op only from this hidden size … */
const FUSED_OPS_MIN_HIDDEN = 64;
/** … and below this batch size (measured: batch 1 gains, batch 32 loses). */
const FUSED_OPS_MAX_BATCH = 16;

export function lstmRoute(hidden: number, batch: number): Exclude<LstmImplementation, 'auto'> {
  if (lstmImplementation !== 'auto') return lstmImplementation;
  if (tf.getBackend() === 'webgl') return 'fused';
  return hidden >= FUSED_OPS_MIN_HIDDEN && batch < FUSED_OPS_MAX_BATCH ? 'fused-ops' : 'autodiff';
}
export function setLstmImplementation(which: LstmImplementation): void {
  lstmImplementation = which;
}

function lstmKernels(which: Exclude<LstmImplementation, 'auto'>): LstmKernels {
  return which === 'fused' && tf.getBackend() === 'webgl' ? webglLstmKernels : tfOpsKernels;
}

/**
 * Runs one direction over the sequence from a zero state. `xProj` is the input projection of
 * every step ([T·B, G·H], bias included). Returns h_t of every step, [T·B, H] with row t·B + b;
 * a reversed direction reads t = T−1 … 0 (Schuster & Paliwal 1997) and, like core, clocks its
 * modules by its own step count.
 */
export function runDirection(
  d: Direction,
  xProj: tf.Tensor2D,
  T: number,
  B: number,
  reversed: boolean,
): tf.Tensor2D {
  const order = Array.from({ length: T }, (_, tau) => (reversed ? T - 1 - tau : tau));
  const cat = (hs: tf.Tensor2D[]) => tf.concat(hs, 0) as tf.Tensor2D;
  switch (d.cell.kind) {
    case 'srn':
    case 'clockwork':
      return cat(runSrn(d, d.cell.activation, xProj, T, B, order));
    case 'gru':
      return cat(runGru(d, xProj, T, B, order));
    case 'lstm': {
      // Wh is held transposed, [H, 4H].
      const which = lstmRoute((d.recurrent as tf.Tensor2D).shape[0], B);
      if (which === 'autodiff') return cat(runLstm(d, xProj, T, B, order));
      return lstmSequence(
        lstmKernels(which),
        xProj,
        d.recurrent as tf.Tensor2D,
        d.peepholes ? (tf.stack([...d.peepholes]) as tf.Tensor2D) : null,
        T,
        B,
        reversed,
      );
    }
    case 'jordan':
      throw new Error('the tfjs engine does not run Jordan networks');
  }
}

/**
 * SRN (Elman 1990) s_t = f(U x_t + W s_{t−1} + b), and the clockwork RNN (Koutník et al.
 * 2014): W masked to its block upper-triangular form (so masked entries get no gradient), and
 * at step τ only the modules whose period divides τ update; the others keep their state,
 * s_t = m ∘ f(a_t) + (1 − m) ∘ s_{t−1} with a 0/1 mask m (exact in floating point).
 */
function runSrn(
  d: Direction,
  act: ActivationName,
  xProj: tf.Tensor2D,
  T: number,
  B: number,
  order: readonly number[],
): tf.Tensor2D[] {
  const H = d.hiddenSize;
  const cw = d.clockwork;
  const W = cw ? (tf.mul(d.recurrent, cw.keep) as tf.Tensor2D) : (d.recurrent as tf.Tensor2D);
  const xs = perStep(xProj, T, B);
  // Which units run at each step τ, uploaded once per sequence as two [T, H] 0/1 tensors.
  let on: tf.Tensor1D[] | null = null;
  let off: tf.Tensor1D[] | null = null;
  const allActive: boolean[] = [];
  if (cw) {
    const m = new Float32Array(T * H);
    for (let tau = 0; tau < T; tau++) {
      let all = true;
      for (let i = 0; i < H; i++) {
        const runs = tau % cw.periods[cw.owner[i]!]! === 0;
        m[tau * H + i] = runs ? 1 : 0;
        all &&= runs;
      }
      allActive.push(all);
    }
    const mask = tf.tensor2d(m, [T, H]);
    on = tf.unstack(mask) as tf.Tensor1D[];
    off = tf.unstack(tf.sub(1, mask)) as tf.Tensor1D[];
  }
  const out: tf.Tensor2D[] = new Array<tf.Tensor2D>(T);
  let h: tf.Tensor2D | null = null;
  order.forEach((t, tau) => {
    // s_{−1} = 0: the first step has no recurrent term.
    let s = activate(act, h ? step(h, W, xs[t]!) : xs[t]!);
    if (on && off && !allActive[tau])
      s = h ? tf.add(tf.mul(s, on[tau]!), tf.mul(h, off[tau]!)) : tf.mul(s, on[tau]!);
    out[t] = s;
    h = s;
  });
  return out;
}

/**
 * GRU in the convention of Cho et al. (2014), as core: the reset gate acts BEFORE the recurrent
 * matrix, c = tanh(Wx_c x + Wh_c (r ∘ s) + b_c), and s' = (1 − z) ∘ c + z ∘ s, written
 * c + z ∘ (s − c). Because Wh_c reads r ∘ s, a step is two matMuls: h with [Wh_z; Wh_r]
 * stacked, then (r ∘ h) with Wh_c.
 */
function runGru(
  d: Direction,
  xProj: tf.Tensor2D,
  T: number,
  B: number,
  order: readonly number[],
): tf.Tensor2D[] {
  const H = d.hiddenSize;
  const [whZr, whC] = tf.split(d.recurrent, [2 * H, H], 1) as [tf.Tensor2D, tf.Tensor2D];
  const [xZr, xC] = tf.split(xProj, [2 * H, H], 1) as [tf.Tensor2D, tf.Tensor2D];
  const xsZr = perStep(xZr, T, B);
  const xsC = perStep(xC, T, B);
  const out: tf.Tensor2D[] = new Array<tf.Tensor2D>(T);
  let h: tf.Tensor2D | null = null;
  for (const t of order) {
    if (!h) {
      // s_{−1} = 0: r ∘ s vanishes, and s' = c − z ∘ c.
      const [z] = tf.split(tf.sigmoid(xsZr[t]!), 2, 1) as [tf.Tensor2D, tf.Tensor2D];
      const c = tf.tanh(xsC[t]!);
      h = tf.sub(c, tf.mul(z, c));
    } else {
      const [z, r] = tf.split(tf.sigmoid(step(h, whZr, xsZr[t]!)), 2, 1) as [
        tf.Tensor2D,
        tf.Tensor2D,
      ];
      const c = tf.tanh(step(tf.mul(r, h), whC, xsC[t]!));
      h = tf.add(c, tf.mul(z, tf.sub(h, c))) as tf.Tensor2D;
    }
    out[t] = h;
  }
  return out;
}

/**
 * LSTM (Hochreiter & Schmidhuber 1997) with the forget gate (Gers, Schmidhuber & Cummins 2000)
 * and optional peepholes (Gers & Schmidhuber 2000): i and f look at c_{t−1}, o at c_t. Gate
 * columns i, f, g, o as core's gate rows.
 */
function runLstm(
  d: Direction,
  xProj: tf.Tensor2D,
  T: number,
  B: number,
  order: readonly number[],
): tf.Tensor2D[] {
  const xs = perStep(xProj, T, B);
  const peep = d.peepholes;
  const out: tf.Tensor2D[] = new Array<tf.Tensor2D>(T);
  let h: tf.Tensor2D | null = null;
  let c: tf.Tensor2D | null = null;
  for (const t of order) {
    const a = h ? step(h, d.recurrent as tf.Tensor2D, xs[t]!) : xs[t]!;
    const gates = tf.split(a, 4, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    const ag = gates[2];
    let [ai, af, , ao] = gates;
    if (peep && c) {
      ai = tf.add(ai, tf.mul(c, peep[0]));
      af = tf.add(af, tf.mul(c, peep[1]));
    }
    const ig = tf.mul(tf.sigmoid(ai), tf.tanh(ag)) as tf.Tensor2D;
    // c_{−1} = 0: the first step has no forget term (and no input/forget peepholes).
    const cNew: tf.Tensor2D = c ? (tf.add(tf.mul(tf.sigmoid(af), c), ig) as tf.Tensor2D) : ig;
    if (peep) ao = tf.add(ao, tf.mul(cNew, peep[2]));
    h = tf.mul(tf.sigmoid(ao), tf.tanh(cNew)) as tf.Tensor2D;
    c = cNew;
    out[t] = h;
  }
  return out;
}
