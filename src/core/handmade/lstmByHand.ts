/**
 * One step of an LSTM by hand, forward and backward, as the core engine's standard cell
 * without peepholes (Hochreiter & Schmidhuber 1997, with the forget gate of Gers et al. 2000):
 *
 *   i = σ(U_i x + W_i s + b_i)   f = σ(U_f x + W_f s + b_f)   g = tanh(U_g x + W_g s + b_g)
 *   o = σ(U_o x + W_o s + b_o)   c' = f ∘ c + i ∘ g          s' = o ∘ tanh(c')
 */
import { addGateGrads, gateBack, netInput, sigmoid, type Gate } from './gates';
import { add } from './minCharRnn';

export interface LstmWeights {
  readonly i: Gate;
  readonly f: Gate;
  readonly g: Gate;
  readonly o: Gate;
}

export interface LstmStep {
  readonly x: Float64Array;
  readonly sPrev: Float64Array;
  readonly cPrev: Float64Array;
  readonly i: Float64Array;
  readonly f: Float64Array;
  readonly g: Float64Array;
  readonly o: Float64Array;
  readonly c: Float64Array;
  readonly tanhC: Float64Array;
  readonly s: Float64Array;
}

// #region forward
export function lstmForward(
  w: LstmWeights,
  x: Float64Array,
  sPrev: Float64Array,
  cPrev: Float64Array,
): LstmStep {
  const i = netInput(w.i, x, sPrev).map(sigmoid);
  const f = netInput(w.f, x, sPrev).map(sigmoid);
  const g = netInput(w.g, x, sPrev).map(Math.tanh);
  const o = netInput(w.o, x, sPrev).map(sigmoid);
  const c = f.map((fk, k) => fk * cPrev[k]! + i[k]! * g[k]!);
  const tanhC = c.map(Math.tanh);
  const s = o.map((ok, k) => ok * tanhC[k]!);
  return { x, sPrev, cPrev, i, f, g, o, c, tanhC, s };
}
// #endregion

// #region backward
/**
 * Given ds = ∂E/∂s_t and dc = ∂E/∂c_t (from step t + 1), adds this step's gradients into grads
 * and returns ∂E/∂x_t, ∂E/∂s_{t−1} and ∂E/∂c_{t−1}. The cell state's own path back is dc ∘ f.
 */
export function lstmBackward(
  w: LstmWeights,
  step: LstmStep,
  ds: Float64Array,
  dcNext: Float64Array,
  grads: LstmWeights,
) {
  const { x, sPrev, cPrev, i, f, g, o, tanhC } = step;
  const dc = dcNext.map((d, k) => d + ds[k]! * o[k]! * (1 - tanhC[k]! * tanhC[k]!));
  const dao = ds.map((d, k) => d * tanhC[k]! * o[k]! * (1 - o[k]!));
  const dai = dc.map((d, k) => d * g[k]! * i[k]! * (1 - i[k]!));
  const daf = dc.map((d, k) => d * cPrev[k]! * f[k]! * (1 - f[k]!));
  const dag = dc.map((d, k) => d * i[k]! * (1 - g[k]! * g[k]!));
  const back = [gateBack(w.i, dai), gateBack(w.f, daf), gateBack(w.g, dag), gateBack(w.o, dao)];
  addGateGrads(grads.i, dai, x, sPrev);
  addGateGrads(grads.f, daf, x, sPrev);
  addGateGrads(grads.g, dag, x, sPrev);
  addGateGrads(grads.o, dao, x, sPrev);
  const dx = back.map((b) => b.dx).reduce(add);
  const dsPrev = back.map((b) => b.ds).reduce(add);
  const dcPrev = dc.map((d, k) => d * f[k]!);
  return { dx, dsPrev, dcPrev };
}
// #endregion
