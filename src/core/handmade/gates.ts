/**
 * What the hand-written GRU and LSTM share: a gate's weights, U for the input, W for the state,
 * b the bias (the site's letters: U x_t + W s_{t−1} + b), and the three things every gate does —
 * its net input, its share of the gradients, and the error it sends back to x and to the state.
 */
import { add, addInto, addOuter, matTVec, matVec, zeroMat, type Mat } from './minCharRnn';

// #region gate
export interface Gate {
  readonly U: Mat;
  readonly W: Mat;
  readonly b: Float64Array;
}

export const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** U x + W s + b */
export function netInput(gate: Gate, x: Float64Array, s: Float64Array): Float64Array {
  return add(add(matVec(gate.U, x), matVec(gate.W, s)), gate.b);
}

/** Given ∂E/∂(net input) = da: adds da xᵀ, da sᵀ and da to the gate's gradients. */
export function addGateGrads(g: Gate, da: Float64Array, x: Float64Array, s: Float64Array): void {
  addOuter(g.U, da, x);
  addOuter(g.W, da, s);
  addInto(g.b, da);
}

/** The error the gate's net input sends back: Uᵀ da to x and Wᵀ da to s. */
export function gateBack(gate: Gate, da: Float64Array) {
  return { dx: matTVec(gate.U, da), ds: matTVec(gate.W, da) };
}
// #endregion

export function zeroGate(inputSize: number, hiddenSize: number): Gate {
  return {
    U: zeroMat(hiddenSize, inputSize),
    W: zeroMat(hiddenSize, hiddenSize),
    b: new Float64Array(hiddenSize),
  };
}

/** The gates' weights as named flat arrays (for gradient checks and copying). */
export function gateArrays<K extends string>(
  gates: Readonly<Record<K, Gate>>,
): [string, Float64Array][] {
  return (Object.entries(gates) as [K, Gate][]).flatMap(([name, gate]) => [
    [`${name}.U`, gate.U.data] as [string, Float64Array],
    [`${name}.W`, gate.W.data] as [string, Float64Array],
    [`${name}.b`, gate.b] as [string, Float64Array],
  ]);
}
