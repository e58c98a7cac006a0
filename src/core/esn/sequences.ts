/**
 * The ridge readout fitted over many sequences of a task, one sequence at a time: the sums the
 * normal equations need — ZᵀZ, ZᵀY, Σ‖y‖² and the row count — grow with every sequence, and
 * the readout is solved from them whenever it is wanted (the normal equations of ridgeRegression,
 * Lukoševičius 2012 §4.1, eq. 9). Every sequence starts from x = 0; its
 * first `washout` steps and the steps without a target add no row. A class target (an index)
 * becomes a one-hot row, so a class task's readout is a linear fit to one-hot targets.
 */
import { addScaledIdentity } from '../linalg/basic';
import { choleskySolve } from '../linalg/cholesky';
import { zeros, type Matrix, type Vector } from '../matrix';
import type { Esn } from './create';
import { extendedState, runReservoir } from './reservoir';

/** The normal equations' running sums over the rows z_t = [1; u_t; x_t] and targets y_t. */
export interface ReadoutSums {
  /** d = 1 + K + N, the length of z. */
  readonly d: number;
  /** L, the length of y. */
  readonly l: number;
  /** ZᵀZ, d × d row-major. */
  readonly gram: Float64Array;
  /** ZᵀY, d × L row-major. */
  readonly cross: Float64Array;
  /** Σ ‖y_t‖² over the rows. */
  yy: number;
  /** Rows added so far. */
  rows: number;
}

export function emptyReadoutSums(esn: Esn): ReadoutSums {
  const { inputSize, reservoirSize, outputSize } = esn.config;
  const d = 1 + inputSize + reservoirSize;
  return {
    d,
    l: outputSize,
    gram: new Float64Array(d * d),
    cross: new Float64Array(d * outputSize),
    yy: 0,
    rows: 0,
  };
}

/** A target as the readout's vector: a class index becomes one-hot over `l` classes. */
export function targetVector(target: number | Vector, l: number): Vector {
  if (typeof target !== 'number') {
    if (target.length !== l) throw new Error(`target has length ${target.length}, expected ${l}`);
    return target;
  }
  if (!(Number.isInteger(target) && target >= 0 && target < l))
    throw new Error(`class target ${target} is not one of 0 … ${l - 1}`);
  const y = new Float64Array(l);
  y[target] = 1;
  return y;
}

/**
 * Drives the reservoir over one sequence from x = 0 (no output feedback) and adds its rows
 * t ≥ washout with a target to `sums`, in time order — the order transposeMatMul sums a stacked
 * Z in, so one sequence gives ridgeRegression's Gram matrix exactly. Returns the rows added.
 */
export function addSequence(
  esn: Esn,
  sums: ReadoutSums,
  inputs: readonly Vector[],
  targets: readonly (number | Vector | null)[],
  washout: number,
): number {
  if (esn.wFb) throw new Error('addSequence: an ESN with output feedback needs teacher forcing');
  if (targets.length !== inputs.length)
    throw new Error(`addSequence: ${inputs.length} inputs but ${targets.length} targets`);
  const { d, l, gram, cross } = sums;
  const states = runReservoir(esn, inputs);
  let added = 0;
  for (let t = washout; t < inputs.length; t++) {
    const target = targets[t];
    if (target === null || target === undefined) continue;
    const y = targetVector(target, l);
    const z = extendedState(inputs[t]!, states[t]!);
    for (let i = 0; i < d; i++) {
      const zi = z[i]!;
      if (zi === 0) continue;
      for (let j = 0; j < d; j++) gram[i * d + j] = gram[i * d + j]! + zi * z[j]!;
      for (let j = 0; j < l; j++) cross[i * l + j] = cross[i * l + j]! + zi * y[j]!;
    }
    for (let j = 0; j < l; j++) sums.yy += y[j]! ** 2;
    added++;
  }
  sums.rows += added;
  return added;
}

/**
 * W_out (L × d) = argmin ‖Z W − Y‖² + λ‖W‖², solved from the sums as ridgeRegression solves it
 * (ZᵀZ + λI, upper triangle mirrored, Cholesky). Throws when no row has been added.
 */
export function solveReadoutSums(sums: ReadoutSums, lambda: number): Matrix {
  const { d, l } = sums;
  if (sums.rows === 0) throw new Error('the readout has no step to fit (washout too long?)');
  if (!(lambda >= 0)) throw new Error(`ridge λ must be ≥ 0, got ${lambda}`);
  const gram = addScaledIdentity({ rows: d, cols: d, data: Float64Array.from(sums.gram) }, lambda);
  for (let i = 0; i < d; i++)
    for (let j = i + 1; j < d; j++) gram.data[j * d + i] = gram.data[i * d + j]!;
  const w = choleskySolve(gram, { rows: d, cols: l, data: sums.cross });
  const wOut = zeros(l, d);
  for (let i = 0; i < d; i++) for (let j = 0; j < l; j++) wOut.data[j * d + i] = w.data[i * l + j]!;
  return wOut;
}

/**
 * The fitted rows' mean squared error per output, from the sums alone:
 * ‖ZW − Y‖² = Σ_j (w_jᵀ ZᵀZ w_j − 2 w_jᵀ (ZᵀY)_j) + Σ‖y‖², divided by rows × L (clamped at 0,
 * since a near-perfect fit leaves only rounding).
 */
export function fittedMse(sums: ReadoutSums, wOut: Matrix): number {
  const { d, l, gram, cross } = sums;
  let total = sums.yy;
  for (let j = 0; j < l; j++) {
    const w = wOut.data.subarray(j * d, (j + 1) * d);
    for (let i = 0; i < d; i++) {
      let gw = 0;
      for (let k = 0; k < d; k++) gw += gram[i * d + k]! * w[k]!;
      total += w[i]! * (gw - 2 * cross[i * l + j]!);
    }
  }
  return Math.max(0, total / Math.max(1, sums.rows * l));
}
