/**
 * Iso-lines and colour bands of a scalar field sampled on a regular grid, for contour maps.
 * The grid is row-major: `values[i * nx + j]` is the sample in row i (y) and column j (x).
 * Coordinates returned are fractional grid indices (x = column, y = row); the chart maps them
 * to screen space.
 */

export type Segment = readonly [x0: number, y0: number, x1: number, y1: number];

/**
 * Marching squares: the segments where the piecewise-linear interpolant of the grid crosses
 * `level`. Each cell contributes zero, one or two segments; a saddle cell (diagonal corners
 * above, the others below) is resolved by the mean of its corners, as the usual
 * implementations do. Cells with a non-finite corner are skipped.
 */
export function isolineSegments(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  level: number,
): Segment[] {
  const out: Segment[] = [];
  // Where the edge from value a (at 0) to value b (at 1) crosses the level.
  const cross = (a: number, b: number) => (level - a) / (b - a);
  for (let i = 0; i < ny - 1; i++) {
    for (let j = 0; j < nx - 1; j++) {
      // Corners counter-clockwise from bottom-left: (j, i), (j+1, i), (j+1, i+1), (j, i+1).
      const a = values[i * nx + j]!;
      const b = values[i * nx + j + 1]!;
      const c = values[(i + 1) * nx + j + 1]!;
      const d = values[(i + 1) * nx + j]!;
      if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(d)))
        continue;
      const code =
        (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
      if (code === 0 || code === 15) continue;
      // Crossing points on the four edges (only the crossed ones are used).
      const bottom = (): [number, number] => [j + cross(a, b), i];
      const right = (): [number, number] => [j + 1, i + cross(b, c)];
      const top = (): [number, number] => [j + cross(d, c), i + 1];
      const left = (): [number, number] => [j, i + cross(a, d)];
      const seg = (p: [number, number], q: [number, number]) => out.push([p[0], p[1], q[0], q[1]]);
      switch (code) {
        case 1:
        case 14:
          seg(left(), bottom());
          break;
        case 2:
        case 13:
          seg(bottom(), right());
          break;
        case 3:
        case 12:
          seg(left(), right());
          break;
        case 4:
        case 11:
          seg(right(), top());
          break;
        case 6:
        case 9:
          seg(bottom(), top());
          break;
        case 7:
        case 8:
          seg(left(), top());
          break;
        case 5:
        case 10: {
          // Saddle: a and c on one side, b and d on the other.
          const centreAbove = (a + b + c + d) / 4 >= level;
          const aAbove = code === 5;
          if (centreAbove === aAbove) {
            seg(left(), top());
            seg(bottom(), right());
          } else {
            seg(left(), bottom());
            seg(right(), top());
          }
          break;
        }
      }
    }
  }
  return out;
}

/** Index of the band a value falls in: 0 below levels[0], k where levels[k−1] ≤ v < levels[k]. */
export function bandOf(v: number, levels: readonly number[]): number {
  let k = 0;
  while (k < levels.length && v >= levels[k]!) k++;
  return k;
}

export interface BandRun {
  readonly row: number;
  /** First and last column of the run, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly band: number;
}

/**
 * The grid as horizontal runs of samples that fall in the same band (run-length encoding by
 * row), so a banded map is drawn with a few rectangles per row instead of one per sample.
 * Non-finite samples get band −1.
 */
export function bandRuns(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  levels: readonly number[],
): BandRun[] {
  const runs: BandRun[] = [];
  for (let i = 0; i < ny; i++) {
    let from = 0;
    let band = -2;
    for (let j = 0; j <= nx; j++) {
      const v = j < nx ? values[i * nx + j]! : NaN;
      const k = j === nx ? -2 : Number.isFinite(v) ? bandOf(v, levels) : -1;
      if (k !== band) {
        if (band !== -2) runs.push({ row: i, from, to: j - 1, band });
        band = k;
        from = j;
      }
    }
  }
  return runs;
}
