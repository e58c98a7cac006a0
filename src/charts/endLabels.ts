/**
 * Vertical places for labels at the ends of lines: each as near its line's end as it can be,
 * at least `gap` apart, and all inside [top, bottom] — so that labels of lines ending together
 * near the bottom stack upwards instead of running into the x axis below. Returns the places in
 * the order of `ys`.
 */
export function spreadLabels(
  ys: readonly number[],
  gap: number,
  top: number,
  bottom: number,
): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.min(Math.max(o.y, top), bottom));
  // Down from the top, then up from the bottom: the second pass only moves labels that the
  // first pushed past the bottom, so each stays as close to its line as the room allows.
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  for (let k = placed.length - 1; k >= 0; k--) {
    const below = k === placed.length - 1 ? bottom : placed[k + 1]! - gap;
    placed[k] = Math.min(placed[k]!, below);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
