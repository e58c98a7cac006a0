/**
 * Checking a hand-written gradient against the loss itself: centred finite differences in
 * float64 and the relative error between two numbers. Chapter 5 shows the two regions.
 */

// #region finite-difference
/**
 * ∂f/∂θ_k by centred differences: nudge θ_k up by h, then down, and divide the change in f by
 * 2h. θ is changed in place and put back; f reads it (f is the loss of the model θ belongs to).
 * The error of the estimate is of order h² (truncation) plus ε·|f|/h (rounding, ε ≈ 1e-16 in
 * float64): h = 1e-5 balances the two. In float32 (ε ≈ 1e-7) the rounding term alone is ~1e-2.
 */
export function finiteDifference(
  f: () => number,
  theta: Float64Array,
  k: number,
  h = 1e-5,
): number {
  const keep = theta[k]!;
  theta[k] = keep + h;
  const up = f();
  theta[k] = keep - h;
  const down = f();
  theta[k] = keep;
  return (up - down) / (2 * h);
}
// #endregion

// #region relative-error
/** |a − b| / max(|a|, |b|): 0 when both are 0, at least 1 when their signs differ, about 1e-7 when they agree to 7 digits. */
export function relativeError(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
// #endregion

/** The largest relative error between `analytic` and finite differences of f over every entry of θ. */
export function worstRelativeError(
  f: () => number,
  theta: Float64Array,
  analytic: Float64Array,
  h?: number,
): number {
  let worst = 0;
  for (let k = 0; k < theta.length; k++) {
    worst = Math.max(worst, relativeError(analytic[k]!, finiteDifference(f, theta, k, h)));
  }
  return worst;
}
