import { describe, expect, it } from 'vitest';
import { type CurvePoint, RACE_ALGORITHMS, type RaceProgress } from '../../core/experiments';
import { appendPoints, emptyCurves, MAX_POINTS, type Curves } from './curves';

/** A progress report with sequences from..to−1 for every racer; the loss falls at sequence 100. */
function report(from: number, to: number): RaceProgress {
  const points: CurvePoint[] = [];
  for (let n = from; n < to; n++) points.push([n, n < 100 ? 0.7 : 0.01, n]);
  return {
    stats: [],
    smoothed: Object.fromEntries(
      RACE_ALGORITHMS.map((a) => [a, 0]),
    ) as unknown as RaceProgress['smoothed'],
    points: Object.fromEntries(
      RACE_ALGORITHMS.map((a) => [a, points]),
    ) as unknown as RaceProgress['points'],
    agreement: null,
  };
}

describe('appendPoints', () => {
  it('keeps a long race’s curve evenly dense, so the early fall of the loss is still drawn', () => {
    let curves: Curves = emptyCurves();
    const total = 40_000;
    for (let from = 0; from < total; from += 250)
      curves = appendPoints(curves, report(from, from + 250));
    for (const a of RACE_ALGORITHMS) {
      const xs = curves[a].map((p) => p[0]);
      expect(xs.length).toBeLessThanOrEqual(MAX_POINTS);
      expect(xs[0]).toBe(0);
      expect(xs.at(-1)).toBe(total - 1);
      // Even density: no gap much wider than the average spacing (2× after a thinning, plus 1).
      let widest = 0;
      for (let i = 1; i < xs.length; i++) widest = Math.max(widest, xs[i]! - xs[i - 1]!);
      expect(widest).toBeLessThanOrEqual((4 * total) / MAX_POINTS);
      // The fall at sequence 100 has a point on each side within the first 1% of the race.
      expect(curves[a].some((p) => p[0] > 0 && p[0] < 100)).toBe(true);
      expect(curves[a].some((p) => p[0] >= 100 && p[0] < 400 && p[1] === 0.01)).toBe(true);
    }
  });

  it('keeps every point while a curve is short', () => {
    const curves = appendPoints(emptyCurves(), report(0, 50));
    for (const a of RACE_ALGORITHMS) expect(curves[a]).toHaveLength(50);
  });
});
