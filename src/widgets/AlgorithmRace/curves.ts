import type { LineSeries } from '../../charts/lineChart';
import type { Algorithm, StepCost } from '../../core/diagnostics/cost';
import { RACE_ALGORITHMS } from '../../core/experiments/algorithmRace';
import type { CurvePoint, RaceProgress } from './raceRunner';

/** Most points kept per curve; beyond it every other old point is dropped. */
export const MAX_POINTS = 1200;

export type Curves = Readonly<Record<Algorithm, readonly CurvePoint[]>>;

export const emptyCurves = (): Curves =>
  Object.fromEntries(RACE_ALGORITHMS.map((a) => [a, []])) as unknown as Curves;

/** Appends a progress report's new points, thinning the older half when a curve grows too long. */
export function appendPoints(curves: Curves, progress: RaceProgress): Curves {
  const next = {} as Record<Algorithm, CurvePoint[]>;
  for (const a of RACE_ALGORITHMS) {
    let list = [...curves[a], ...(progress.points[a] ?? [])];
    while (list.length > MAX_POINTS) {
      const half = list.length >> 1;
      list = [...list.slice(0, half).filter((_, i) => i % 2 === 0), ...list.slice(half)];
    }
    next[a] = list;
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
