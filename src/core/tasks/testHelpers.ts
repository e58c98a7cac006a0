import type { Sample } from './types';

/**
 * Helpers for the task tests only (not re-exported from index.ts): canonical sample keys for
 * determinism checks, one-hot decoding and the mean/standard-error arithmetic behind the
 * statistical assertions.
 */

/** A string that is equal for two samples iff their inputs and targets are identical. */
export function sampleKey(s: Sample): string {
  return JSON.stringify({
    inputs: s.inputs.map((x) => Array.from(x)),
    targets: s.targets.map((y) => (y instanceof Float64Array ? Array.from(y) : y)),
  });
}

/** The index of the single 1 in a one-hot vector; throws if it is not one-hot. */
export function hotIndex(v: Float64Array): number {
  let index = -1;
  for (let i = 0; i < v.length; i++) {
    if (v[i] === 1 && index < 0) index = i;
    else if (v[i] !== 0) throw new Error(`not one-hot: ${Array.from(v).join(',')}`);
  }
  if (index < 0) throw new Error('not one-hot: all zeros');
  return index;
}

/** The first component of a real/binary target, which must be present. */
export function value(y: number | Float64Array | null | undefined): number {
  if (!(y instanceof Float64Array)) throw new Error(`expected a vector target, got ${String(y)}`);
  return y[0]!;
}

/** Sample mean and the standard error of that mean. */
export function meanAndSe(xs: readonly number[]): { mean: number; se: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(variance / n) };
}

/** Pearson chi-square statistic of observed counts against equal expected counts. */
export function chiSquareUniform(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
}
