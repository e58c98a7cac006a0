import { matMul } from '../linalg/basic';
import { zeros, type Matrix } from '../matrix';
import { topSingular, transposedTimes } from './jacobians';

/**
 * Jacobian products split by module: a hidden layer whose units are grouped into modules (a
 * clockwork RNN's, or any partition of an SRN's units) and, for each module m, its own block
 * ∂s_T^{(m)}/∂s_k^{(m)} of ∂s_T/∂s_k — the rows and the columns of its units.
 */

/** The units of each module, in order: `moduleUnits(owner)[m]` lists the units owned by m. */
export function moduleUnits(owner: ArrayLike<number>): number[][] {
  const units: number[][] = [];
  for (let u = 0; u < owner.length; u++) (units[owner[u]!] ??= []).push(u);
  return Array.from(units, (list) => list ?? []);
}

/** The block of `m` at the rows `rows` and the columns `cols`, as a new matrix. */
export function subBlock(m: Matrix, rows: readonly number[], cols: readonly number[]): Matrix {
  const out = zeros(rows.length, cols.length);
  rows.forEach((r, i) =>
    cols.forEach((c, j) => (out.data[i * cols.length + j] = m.data[r * m.cols + c]!)),
  );
  return out;
}

export interface ModuleProductNorms {
  /** ‖∂s_T/∂s_{T−lag}‖₂ of the whole state, for lag = 0 … T. */
  readonly whole: number[];
  /** `blocks[m][lag]` = ‖∂s_T^{(m)}/∂s_{T−lag}^{(m)}‖₂: module m's own block of the product. */
  readonly blocks: number[][];
}

const sameData = (a: Matrix, b: Matrix) => a.data.every((x, i) => x === b.data[i]);

/** A module's block norm along the lags: its last block and top right singular vector. */
interface BlockTrack {
  block: Matrix;
  sigma: number;
  v: Float64Array | null;
}

/**
 * ‖∂s_T/∂s_k‖₂ and each module's ‖∂s_T^{(m)}/∂s_k^{(m)}‖₂ for k = T, T−1, …, 0, from the step
 * Jacobians J_t = ∂s_t/∂s_{t−1} (∂s_T/∂s_k = J_T ⋯ J_{k+1}, the identity for k = T). The
 * blocks are read off the whole product, so they are what the network does, not what the
 * clockwork algebra predicts (the tests check the two agree). A block that did not change
 * from one lag to the next — a module that held its state, whose block of J is exactly I —
 * keeps its norm exactly. Yields the number of lags done after each, like
 * jacobianProductNormSteps, so a background job can pause between lags.
 */
export function* moduleProductNormSteps(
  jacobians: readonly Matrix[],
  owner: ArrayLike<number>,
  T = jacobians.length - 1,
): Generator<number, ModuleProductNorms, void> {
  const S = jacobians[0]?.rows ?? owner.length;
  if (owner.length !== S) throw new Error(`expected a module for each of ${S} units`);
  const units = moduleUnits(owner);
  let product = zeros(S, S);
  for (let i = 0; i < S; i++) product.data[i * S + i] = 1;
  let top = topSingular(product, null);
  const whole = [top.sigma];
  const tracks: BlockTrack[] = units.map((u) => {
    const block = subBlock(product, u, u);
    return { block, sigma: topSingular(block, null).sigma, v: null };
  });
  const blocks = tracks.map((track) => [track.sigma]);
  for (let k = T; k >= 1; k--) {
    const J = jacobians[k]!;
    product = matMul(product, J);
    // Warm start (see jacobianProductNormSteps): Jᵀv is close to the new top right vector.
    top = topSingular(product, transposedTimes(J, top.v));
    whole.push(top.sigma);
    tracks.forEach((track, m) => {
      const block = subBlock(product, units[m]!, units[m]!);
      if (!sameData(block, track.block)) {
        const start = track.v && transposedTimes(subBlock(J, units[m]!, units[m]!), track.v);
        const next = topSingular(block, start);
        track.sigma = next.sigma;
        track.v = next.v;
        track.block = block;
      }
      blocks[m]!.push(track.sigma);
    });
    yield whole.length;
  }
  return { whole, blocks };
}

/** moduleProductNormSteps in one go. */
export function moduleProductNorms(
  jacobians: readonly Matrix[],
  owner: ArrayLike<number>,
  T = jacobians.length - 1,
): ModuleProductNorms {
  const steps = moduleProductNormSteps(jacobians, owner, T);
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
