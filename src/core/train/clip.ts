/** ‖g‖₂ over the whole parameter vector. */
export function globalNorm(g: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < g.length; k++) s += g[k]! * g[k]!;
  return Math.sqrt(s);
}

/**
 * Gradient norm clipping (Pascanu, Mikolov & Bengio 2013, algorithm 1): if ‖g‖ > τ then
 * g ← τ g / ‖g‖, in place. Returns the norm before clipping.
 */
export function clipByGlobalNorm(g: Float64Array, threshold: number): number {
  const norm = globalNorm(g);
  if (norm > threshold && norm > 0) {
    const k = threshold / norm;
    for (let i = 0; i < g.length; i++) g[i]! *= k;
  }
  return norm;
}

/** Element-wise clipping to [−c, c], in place. Returns how many entries were clipped. */
export function clipByValue(g: Float64Array, c: number): number {
  let clipped = 0;
  for (let i = 0; i < g.length; i++) {
    if (g[i]! > c) {
      g[i] = c;
      clipped++;
    } else if (g[i]! < -c) {
      g[i] = -c;
      clipped++;
    }
  }
  return clipped;
}
