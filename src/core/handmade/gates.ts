/**
 * What the hand-written GRU and LSTM share: a gate's weights, W for the input, U for the state,
 * b the bias, and the three things every gate does — its net input, its share of the
 * gradients, and the error it sends back to x and to the state.
 */
import { add, addInto, addOuter, matTVec, matVec, zeroMat, type Mat } from './minCharRnn';

// #region gate
export interface Gate {
  readonly W: Mat;
  readonly U: Mat;
  readonly b: Float64Array;
}

export const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** W x + U h + b */
export function netInput(gate: Gate, x: Float64Array, h: Float64Array): Float64Array {
  return add(add(matVec(gate.W, x), matVec(gate.U, h)), gate.b);
}

/** Given ∂E/∂(net input) = da: adds da xᵀ, da hᵀ and da to the gate's gradients. */
export function addGateGrads(g: Gate, da: Float64Array, x: Float64Array, h: Float64Array): void {
  addOuter(g.W, da, x);
  addOuter(g.U, da, h);
  addInto(g.b, da);
}

/** The error the gate's net input sends back: Wᵀ da to x and Uᵀ da to h. */
export function gateBack(gate: Gate, da: Float64Array) {
  return { dx: matTVec(gate.W, da), dh: matTVec(gate.U, da) };
}
// #endregion

export function zeroGate(inputSize: number, hiddenSize: number): Gate {
  return {
    W: zeroMat(hiddenSize, inputSize),
    U: zeroMat(hiddenSize, hiddenSize),
    b: new Float64Array(hiddenSize),
  };
}

/** The gates' weights as named flat arrays (for gradient checks and copying). */
export function gateArrays<K extends string>(
  gates: Readonly<Record<K, Gate>>,
): [string, Float64Array][] {
  return (Object.entries(gates) as [K, Gate][]).flatMap(([name, gate]) => [
    [`${name}.W`, gate.W.data] as [string, Float64Array],
    [`${name}.U`, gate.U.data] as [string, Float64Array],
    [`${name}.b`, gate.b] as [string, Float64Array],
  ]);
}
