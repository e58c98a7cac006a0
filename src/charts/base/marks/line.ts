/**
 * An SVG path through points in order, pen up across a point that is not drawable (a gap where
 * a value is missing, not finite or off a log scale). Coordinates to `digits` decimals.
 */
export function linePath<P>(
  points: Iterable<P>,
  x: (p: P, i: number) => number,
  y: (p: P, i: number) => number,
  drawable: (p: P, i: number) => boolean = () => true,
  digits = 1,
): string {
  let d = '';
  let pen = false;
  let i = 0;
  for (const p of points) {
    if (!drawable(p, i)) pen = false;
    else {
      d += `${pen ? 'L' : 'M'}${x(p, i).toFixed(digits)},${y(p, i).toFixed(digits)}`;
      pen = true;
    }
    i++;
  }
  return d;
}
