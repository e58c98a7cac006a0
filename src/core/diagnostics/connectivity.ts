import { createModel, slice, type Model } from '../model/model';
import { forward, type Trace } from '../model/run';
import { block } from '../params';
import { oneHot } from '../vocabulary';

/**
 * Connectivity (Madsen 2019, "Visualizing memorization in RNNs"): how strongly the output at
 * step t depends on the input at each step k ≤ t,
 *
 *   C(t, k) = ‖∂q_t/∂x_k‖_F = sqrt(Σ_i Σ_j (∂q_{t,i}/∂x_{k,j})²),
 *
 * the Frobenius norm of the O × V Jacobian of the logits q_t (before the softmax) with respect
 * to the input vector x_k (a one-hot vector: each column j is what reading symbol j instead
 * would change, to first order). For k > t it is 0: the model reads left to right.
 *
 * Computed in reverse mode: with V_out the head's weights (O × H, so ∂q_t/∂s_t = V_out) and
 * V_outᵀV_out = Σ_m u_m u_mᵀ (an LDLᵀ factorisation, u_m = √d_m · column m of L),
 * ‖V_out A‖_F² = Σ_m ‖u_mᵀ A‖² for any A = ∂s_t/∂x_k. So H backward sweeps, each seeded with
 * u_m on s_t, give every k at once — instead of O sweeps, one per output (the definition,
 * kept as the independent check `connectivityByOutputs`). At the first layer the squared norm
 * is read through the Gram matrix of its input weights (see FirstLayerInput).
 */

/** Where a connectivity computation stands: backward sweeps done of all. */
export interface ConnectivityProgress {
  readonly done: number;
  readonly total: number;
}

function checkModel(model: Model, indices: ArrayLike<number>, t: number): void {
  if (!model.head) throw new Error('connectivity needs a model with an output layer');
  if (model.layers.some((l) => l.backward))
    throw new Error('connectivity: a bidirectional model reads the future too');
  if (!Number.isInteger(t) || t < 0 || t >= indices.length)
    throw new Error(`connectivity: t = ${t} is outside the text (0…${indices.length - 1})`);
}

function traceUpTo(model: Model, params: Float64Array, indices: ArrayLike<number>, t: number) {
  const V = model.spec.inputSize;
  return forward(
    model,
    params,
    Array.from({ length: t + 1 }, (_, k) => oneHot(indices[k]!, V)),
  );
}

/**
 * ∂(uᵀs_t)/∂(output of layer 0) at steps 0…t, where s_t is the top layer's output: a BPTT sweep
 * seeded with u at step t, down through the layers above the first (for a one-layer model,
 * just the seed at step t).
 */
function firstLayerOutputGradients(
  model: Model,
  params: Float64Array,
  trace: Trace,
  t: number,
  seed: Float64Array,
  scratch: readonly Float64Array[],
): (Float64Array | null)[] {
  let dOutputs: (Float64Array | null)[] = Array.from({ length: t + 1 }, (_, k) =>
    k === t ? seed : null,
  );
  for (let l = model.layers.length - 1; l >= 1; l--) {
    const placed = model.layers[l]!.forward;
    const { cell } = placed;
    const p = slice(params, placed);
    const caches = trace.layers[l]!.forward;
    const zeroOut = new Float64Array(cell.outputSize);
    const dInputs: Float64Array[] = new Array<Float64Array>(t + 1);
    let dState: Float64Array = new Float64Array(cell.stateSize);
    for (let k = t; k >= 0; k--) {
      const step = cell.backward(p, caches[k]!, dOutputs[k] ?? zeroOut, dState, scratch[l]!, true);
      dInputs[k] = step.dx;
      dState = step.dPrev;
    }
    dOutputs = dInputs;
  }
  return dOutputs;
}

/**
 * How the first layer turns ∂/∂(pre-activations) into ‖∂/∂x_k‖². In the SRN, GRU and LSTM the
 * input enters only as W_x x_k added to the bias b, so ∂/∂x_k = W_xᵀ ∂/∂a_k and ∂/∂a_k is the
 * step's gradient of b: ‖W_xᵀ δ‖² = δᵀ(W_x W_xᵀ)δ, with the Gram matrix W_x W_xᵀ computed once
 * (rows × rows) — instead of W_xᵀ δ at every step (rows × V, and V is in the hundreds for
 * Chinese).
 */
interface FirstLayerInput {
  /** Offset of b in the cell's parameter slice, and its length (the pre-activation rows). */
  readonly biasOffset: number;
  readonly rows: number;
  /** W_x W_xᵀ, rows × rows. */
  readonly gram: Float64Array;
}

function firstLayerInput(model: Model, params: Float64Array): FirstLayerInput {
  const placed = model.layers[0]!.forward;
  const { layout, inputSize } = placed.cell;
  const input = layout.blocks[0]!;
  const bias = block(layout, 'b');
  if (input.cols !== inputSize || input.rows !== bias.rows)
    throw new Error(`connectivity: a ${placed.cell.kind} cell does not read x through W_x x + b`);
  const p = slice(params, placed);
  const R = bias.rows;
  const gram = new Float64Array(R * R);
  for (let i = 0; i < R; i++)
    for (let j = i; j < R; j++) {
      let s = 0;
      for (let c = 0; c < inputSize; c++)
        s += p[input.offset + i * inputSize + c]! * p[input.offset + j * inputSize + c]!;
      gram[i * R + j] = s;
      gram[j * R + i] = s;
    }
  return { biasOffset: bias.offset, rows: R, gram };
}

/**
 * Adds ‖∂(uᵀs_t)/∂x_k‖² to squares[k] for k = 0…t. With `input` the first layer's Gram form
 * is used; without it, the input gradients themselves (the definition, for the check).
 */
function addInputSquares(
  model: Model,
  params: Float64Array,
  trace: Trace,
  t: number,
  seed: Float64Array,
  scratch: readonly Float64Array[],
  input: FirstLayerInput | null,
  squares: Float64Array,
): void {
  const dOutputs = firstLayerOutputGradients(model, params, trace, t, seed, scratch);
  const placed = model.layers[0]!.forward;
  const { cell } = placed;
  const p = slice(params, placed);
  const caches = trace.layers[0]!.forward;
  const zeroOut = new Float64Array(cell.outputSize);
  const g = scratch[0]!;
  let dState: Float64Array = new Float64Array(cell.stateSize);
  for (let k = t; k >= 0; k--) {
    if (input) g.fill(0, input.biasOffset, input.biasOffset + input.rows);
    const step = cell.backward(p, caches[k]!, dOutputs[k] ?? zeroOut, dState, g, !input);
    let s = 0;
    if (input) {
      const { biasOffset: o, rows: R, gram } = input;
      for (let i = 0; i < R; i++) {
        const di = g[o + i]!;
        if (di === 0) continue;
        let row = 0;
        for (let j = 0; j < R; j++) row += gram[i * R + j]! * g[o + j]!;
        s += di * row;
      }
    } else for (let j = 0; j < step.dx.length; j++) s += step.dx[j]! ** 2;
    squares[k]! += s;
    dState = step.dPrev;
  }
}

/** The head's weights as rows: row i is ∂q_{t,i}/∂s_t. */
function headRows(model: Model, params: Float64Array): Float64Array[] {
  const head = model.head!;
  const H = head.inputSize;
  return Array.from({ length: model.spec.outputSize }, (_, i) =>
    params.slice(head.offset + i * H, head.offset + (i + 1) * H),
  );
}

/**
 * Vectors u_m with Σ_m u_m u_mᵀ = AᵀA for the rows of A: the LDLᵀ factorisation of the Gram
 * matrix (A has full column rank in practice; a vanishing pivot drops its direction).
 */
export function gramFactors(rows: readonly Float64Array[]): Float64Array[] {
  const n = rows[0]?.length ?? 0;
  const G = new Float64Array(n * n);
  for (const r of rows)
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) G[i * n + j]! += r[i]! * r[j]!;
  const L = new Float64Array(n * n);
  const d = new Float64Array(n);
  const scale = Math.max(0, ...Array.from({ length: n }, (_, i) => G[i * n + i]!));
  for (let j = 0; j < n; j++) {
    let dj = G[j * n + j]!;
    for (let m = 0; m < j; m++) dj -= L[j * n + m]! ** 2 * d[m]!;
    if (!(dj > 1e-14 * scale)) continue; // rank-deficient direction: nothing flows through it
    d[j] = dj;
    L[j * n + j] = 1;
    for (let i = j + 1; i < n; i++) {
      let v = G[i * n + j]!;
      for (let m = 0; m < j; m++) v -= L[i * n + m]! * L[j * n + m]! * d[m]!;
      L[i * n + j] = v / dj;
    }
  }
  const factors: Float64Array[] = [];
  for (let m = 0; m < n; m++) {
    if (d[m] === 0) continue;
    const root = Math.sqrt(d[m]!);
    factors.push(Float64Array.from({ length: n }, (_, i) => L[i * n + m]! * root));
  }
  return factors;
}

/** Σ over seeds of ‖∂(uᵀs_t)/∂x_k‖², then the square root, yielding after each sweep. */
function* normsFromSeeds(
  model: Model,
  params: Float64Array,
  indices: ArrayLike<number>,
  t: number,
  seeds: readonly Float64Array[],
  input: FirstLayerInput | null,
): Generator<ConnectivityProgress, Float64Array, void> {
  const trace = traceUpTo(model, params, indices, t);
  const scratch = model.layers.map((l) => new Float64Array(l.forward.cell.layout.size));
  const squares = new Float64Array(indices.length);
  for (const [m, seed] of seeds.entries()) {
    addInputSquares(model, params, trace, t, seed, scratch, input, squares);
    yield { done: m + 1, total: seeds.length };
  }
  // Rounding can leave a tiny negative quadratic form where the true value is 0.
  return squares.map((v) => Math.sqrt(Math.max(0, v)));
}

/**
 * C(t, k) for every k of the text (0 for k > t), as a generator that yields after each of its
 * H backward sweeps (a pause point for a background job) and returns the norms.
 */
export function connectivitySteps(
  model: Model,
  params: Float64Array,
  indices: ArrayLike<number>,
  t: number,
): Generator<ConnectivityProgress, Float64Array, void> {
  checkModel(model, indices, t);
  return normsFromSeeds(
    model,
    params,
    indices,
    t,
    gramFactors(headRows(model, params)),
    firstLayerInput(model, params),
  );
}

function runToEnd<R>(steps: Generator<unknown, R, void>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** C(t, k) for every k of the text (0 for k > t), in one go. */
export function connectivity(
  model: Model,
  params: Float64Array,
  indices: ArrayLike<number>,
  t: number,
): Float64Array {
  return runToEnd(connectivitySteps(model, params, indices, t));
}

/**
 * The same C(t, k) by the definition: one BPTT sweep per output i, seeded with the one-hot
 * e_i on q_t (i.e. row i of the head on s_t), summing the squared input gradients ∂q_{t,i}/∂x_k
 * themselves. O sweeps instead of H, and no Gram matrices: the independent check of
 * `connectivity`.
 */
export function connectivityByOutputs(
  model: Model,
  params: Float64Array,
  indices: ArrayLike<number>,
  t: number,
): Float64Array {
  checkModel(model, indices, t);
  return runToEnd(normsFromSeeds(model, params, indices, t, headRows(model, params), null));
}

/**
 * How many of the most recent characters (t, t − 1, …) carry at least `share` of the summed
 * connection strength Σ_k C(t, k): "half of the influence comes from the last N characters".
 */
export function recentShare(strengths: ArrayLike<number>, t: number, share = 0.5): number {
  let total = 0;
  for (let k = 0; k <= t; k++) total += strengths[k]!;
  if (!(total > 0)) return 0;
  let sum = 0;
  for (let k = t; k >= 0; k--) {
    sum += strengths[k]!;
    if (sum >= share * total) return t - k + 1;
  }
  return t + 1;
}

/** A background job's input: a model by spec and weights, the text's indices and the output step. */
export interface ConnectivityInput {
  readonly spec: Model['spec'];
  readonly params: Float64Array;
  readonly indices: readonly number[];
  readonly t: number;
}

/** C(t, ·) over the text, for the step t it was computed at. */
export interface ConnectivityResult {
  readonly t: number;
  readonly norms: readonly number[];
}

/** `connectivitySteps` as a background job: a progress snapshot at each pause point. */
export function* connectivityJob(
  input: ConnectivityInput,
): Generator<() => ConnectivityProgress, ConnectivityResult, void> {
  const model = createModel(input.spec);
  const steps = connectivitySteps(model, input.params, input.indices, input.t);
  for (;;) {
    const next = steps.next();
    if (next.done) return { t: input.t, norms: Array.from(next.value) };
    const progress = next.value;
    yield () => progress;
  }
}
