import { activations, type ActivationName } from '../activations';
import type { Matrix, Vector } from '../matrix';
import { srnForward, type SrnStep, type SrnWeights } from './textbookNetwork';

/**
 * Backpropagation through time written out step by step for the chapter-1 network
 *   s_t = f(U x_t + W s_{t−1}),  o_t = softmax(V s_t),  E = Σ_t E_t,  E_t = −ln o_t[y_t],
 * keeping every intermediate quantity the chapter names, so a figure can show each one:
 *   e_t = ∂E_t/∂(V s_t) = o_t − onehot(y_t)
 *   δ_t = ∂E/∂a_t = f′(a_t) ∘ (Vᵀ e_t + Wᵀ δ_{t+1}),  δ_T = 0     (a_t the pre-activation)
 *   ∂E/∂W = Σ_t δ_t s_{t−1}ᵀ,  ∂E/∂U = Σ_t δ_t x_tᵀ,  ∂E/∂V = Σ_t e_t s_tᵀ.
 * The term δ_t s_{t−1}ᵀ is time step t's contribution to ∂E/∂W.
 *
 * Truncation: if each error E_t is sent back through at most k steps (t, t−1, …, t−k+1), as
 * truncated BPTT does, step j receives δ_j⁽ᵏ⁾ = Σ_{t=j}^{j+k−1} δ_j[E_t], where δ_j[E_t] is the
 * part of δ_j that E_t alone causes. With k ≥ T nothing is dropped and δ⁽ᵏ⁾ = δ.
 */
export interface BpttSteps {
  readonly steps: readonly SrnStep[];
  readonly targets: readonly number[];
  /** E_t = −ln o_t[y_t]. */
  readonly losses: readonly number[];
  /** e_t = o_t − onehot(y_t). */
  readonly outputErrors: readonly Vector[];
  /** δ_t, the full backpropagated error at step t's pre-activation. */
  readonly deltas: readonly Vector[];
  /** δ_{t+1} as it reaches step t through W (Wᵀ δ_{t+1}); zero at the last step. */
  readonly fromFuture: readonly Vector[];
  /** Vᵀ e_t: what step t's own error adds. */
  readonly fromOutput: readonly Vector[];
  /** ∂E/∂W = Σ_t δ_t s_{t−1}ᵀ (H × H, row-major). */
  readonly gradW: Matrix;
  readonly gradU: Matrix;
  readonly gradV: Matrix;
}

export function outer(a: Vector, b: Vector): Matrix {
  const data = new Float64Array(a.length * b.length);
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) data[i * b.length + j] = a[i]! * b[j]!;
  return { rows: a.length, cols: b.length, data };
}

/** mᵀ v. */
function transposeTimes(m: Matrix, v: Vector): Vector {
  const out = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < m.cols; j++) out[j]! += m.data[i * m.cols + j]! * v[i]!;
  return out;
}

function addInto(target: Matrix, m: Matrix): void {
  for (let k = 0; k < target.data.length; k++) target.data[k]! += m.data[k]!;
}

export function frobenius(m: Matrix): number {
  let sum = 0;
  for (const v of m.data) sum += v * v;
  return Math.sqrt(sum);
}

export function bpttSteps(
  weights: SrnWeights,
  xs: readonly Vector[],
  targets: readonly number[],
  activation: ActivationName = 'tanh',
): BpttSteps {
  if (targets.length !== xs.length)
    throw new Error(`${xs.length} inputs but ${targets.length} targets`);
  const df = activations[activation].dfFromOutput;
  const steps = srnForward(weights, xs, activation);
  const T = steps.length;
  const H = weights.W.rows;
  const losses = steps.map((s, t) => -Math.log(s.o[targets[t]!]!));
  const outputErrors = steps.map((s, t) => {
    const e = s.o.slice();
    e[targets[t]!]! -= 1;
    return e;
  });
  const fromOutput = outputErrors.map((e) => transposeTimes(weights.V, e));
  const deltas: Vector[] = new Array<Vector>(T);
  const fromFuture: Vector[] = new Array<Vector>(T);
  let next: Vector = new Float64Array(H);
  for (let t = T - 1; t >= 0; t--) {
    fromFuture[t] = t === T - 1 ? new Float64Array(H) : transposeTimes(weights.W, next);
    const s = steps[t]!.s;
    const d = new Float64Array(H);
    for (let i = 0; i < H; i++) d[i] = df(s[i]!) * (fromOutput[t]![i]! + fromFuture[t]![i]!);
    deltas[t] = d;
    next = d;
  }
  const gradW: Matrix = { rows: H, cols: H, data: new Float64Array(H * H) };
  const gradU: Matrix = {
    rows: H,
    cols: weights.U.cols,
    data: new Float64Array(H * weights.U.cols),
  };
  const gradV: Matrix = {
    rows: weights.V.rows,
    cols: H,
    data: new Float64Array(weights.V.rows * H),
  };
  for (let t = 0; t < T; t++) {
    addInto(gradW, outer(deltas[t]!, steps[t]!.sPrev));
    addInto(gradU, outer(deltas[t]!, xs[t]!));
    addInto(gradV, outer(outputErrors[t]!, steps[t]!.s));
  }
  return {
    steps,
    targets,
    losses,
    outputErrors,
    deltas,
    fromFuture,
    fromOutput,
    gradW,
    gradU,
    gradV,
  };
}

/** δ_j⁽ᵏ⁾ for every step j: each error sent back through at most k steps (see above). */
export function truncatedDeltas(
  weights: SrnWeights,
  trace: BpttSteps,
  k: number,
  activation: ActivationName = 'tanh',
): Vector[] {
  if (!Number.isInteger(k) || k < 1)
    throw new Error(`the truncation k must be a whole number ≥ 1, got ${k}`);
  const df = activations[activation].dfFromOutput;
  const T = trace.steps.length;
  const H = weights.W.rows;
  const result = Array.from({ length: T }, () => new Float64Array(H));
  for (let t = 0; t < T; t++) {
    // E_t alone, sent back from step t to step max(0, t − k + 1).
    let upstream: Vector = trace.fromOutput[t]!;
    for (let j = t; j >= Math.max(0, t - k + 1); j--) {
      const s = trace.steps[j]!.s;
      const d = new Float64Array(H);
      for (let i = 0; i < H; i++) d[i] = df(s[i]!) * upstream[i]!;
      for (let i = 0; i < H; i++) result[j]![i]! += d[i]!;
      upstream = transposeTimes(weights.W, d);
    }
  }
  return result;
}

/** Each step's contribution δ_j s_{j−1}ᵀ to ∂E/∂W for the given deltas. */
export function contributionsToW(trace: BpttSteps, deltas: readonly Vector[]): Matrix[] {
  return deltas.map((d, t) => outer(d, trace.steps[t]!.sPrev));
}
