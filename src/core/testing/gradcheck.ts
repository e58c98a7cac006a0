/**
 * Central finite differences, for the gradient checks in the tests (float64 throughout).
 * Returns ∂f/∂params[k] for the listed indices (all by default).
 */
export function numericGradient(
  f: (params: Float64Array) => number,
  params: Float64Array,
  indices: readonly number[] = Array.from(params, (_, k) => k),
  eps = 1e-6,
): Float64Array {
  const g = new Float64Array(params.length);
  const p = params.slice();
  for (const k of indices) {
    const keep = p[k]!;
    p[k] = keep + eps;
    const up = f(p);
    p[k] = keep - eps;
    const down = f(p);
    p[k] = keep;
    g[k] = (up - down) / (2 * eps);
  }
  return g;
}

/** ‖a − b‖ / max(‖a‖, ‖b‖, tiny): the relative error the "< 1e-6" refers to. */
export function relativeError(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  indices?: readonly number[],
): number {
  let diff = 0;
  let na = 0;
  let nb = 0;
  const ks = indices ?? Array.from({ length: a.length }, (_, k) => k);
  for (const k of ks) {
    diff += (a[k]! - b[k]!) ** 2;
    na += a[k]! ** 2;
    nb += b[k]! ** 2;
  }
  return Math.sqrt(diff) / Math.max(Math.sqrt(na), Math.sqrt(nb), 1e-12);
}
