import { zeros, type Matrix } from '../matrix';
import type { Cell, StepCache } from './types';

/**
 * ∂state_t/∂state_{t−1} and ∂state_t/∂θ for any cell, read off its own backward pass: row i
 * is the backward pass seeded with e_i on state_t. Costs stateSize backward passes; cells with
 * simple algebra (SRN, clockwork) compute theirs directly instead.
 */
export function jacobiansFromBackward<C extends StepCache>(
  cell: Cell<C>,
  p: Float64Array,
  cache: C,
): { state: Matrix; params: Matrix } {
  const S = cell.stateSize;
  const P = cell.layout.size;
  const state = zeros(S, S);
  const params = zeros(S, P);
  const dOut = new Float64Array(cell.outputSize);
  for (let i = 0; i < S; i++) {
    const seed = new Float64Array(S);
    seed[i] = 1;
    const grad = params.data.subarray(i * P, (i + 1) * P);
    const { dPrev } = cell.backward(p, cache, dOut, seed, grad, false);
    state.data.set(dPrev, i * S);
  }
  return { state, params };
}

/** The selection matrix of the first `rows` state entries: out = state[0:rows]. */
export function leadingSelection(rows: number, stateSize: number): Matrix {
  const m = zeros(rows, stateSize);
  for (let i = 0; i < rows; i++) m.data[i * stateSize + i] = 1;
  return m;
}
