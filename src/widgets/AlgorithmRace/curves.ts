import type { LineSeries } from '../../charts/lineChart';
import type { Algorithm, StepCost } from '../../core/diagnostics';
import { type CurvePoint, RACE_ALGORITHMS, type RaceProgress } from '../../core/experiments';

/** Most points kept per curve. */
export const MAX_POINTS = 1200;

export type Curves = Readonly<Record<Algorithm, readonly CurvePoint[]>>;

export const emptyCurves = (): Curves =>
  Object.fromEntries(RACE_ALGORITHMS.map((a) => [a, []])) as unknown as Curves;

/**
 * Appends a progress report's new points. A curve keeps its first and latest points and those
 * whose sequence count is a multiple of a power-of-two stride, the smallest that fits the curve
 * in MAX_POINTS: the spacing stays even along the whole race. (Thinning only the older part
 * again and again would leave the early fall of the loss with no points at all, drawn as a
 * straight line from the start to the present.)
 */
export function appendPoints(curves: Curves, progress: RaceProgress): Curves {
  const next = {} as Record<Algorithm, CurvePoint[]>;
  for (const a of RACE_ALGORITHMS) {
    const list = [...curves[a], ...(progress.points[a] ?? [])];
    const latest = list.at(-1)?.[0] ?? 0;
    let stride = 1;
    while (latest / stride > MAX_POINTS - 2) stride *= 2;
    const last = list.length - 1;
    next[a] =
      stride === 1 ? list : list.filter((p, i) => i === 0 || i === last || p[0] % stride === 0);
  }
  return next;
}

/** The loss curves against sequences seen or against training time in seconds. */
export function curveSeries(
  curves: Curves,
  names: Readonly<Record<Algorithm, string>>,
  x: 'sequences' | 'seconds',
): LineSeries[] {
  return RACE_ALGORITHMS.map((a) => ({
    key: a,
    label: names[a],
    points: curves[a].map((p) => [x === 'sequences' ? p[0] : p[2] / 1000, p[1]] as const),
  }));
}

/** Counted cost against hidden size, one line per algorithm. */
export function costSeries(
  sizes: readonly number[],
  costs: readonly Readonly<Record<Algorithm, StepCost>>[],
  names: Readonly<Record<Algorithm, string>>,
  field: keyof StepCost,
): LineSeries[] {
  return RACE_ALGORITHMS.map((a) => ({
    key: a,
    label: names[a],
    points: sizes.map((n, i) => [n, costs[i]![a][field]] as const),
  }));
}
