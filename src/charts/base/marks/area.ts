import { linePath } from './line';

/**
 * A band between two lines over the same xs (a confidence band, the area under a curve): the
 * upper line forward, the lower back, closed. Points where either edge is not drawable are left
 * out (the band is not split).
 */
export function areaPath<P>(
  points: readonly P[],
  x: (p: P) => number,
  y0: (p: P) => number,
  y1: (p: P) => number,
  digits = 1,
): string {
  const ok = points.filter((p) => [x(p), y0(p), y1(p)].every(Number.isFinite));
  if (ok.length === 0) return '';
  const upper = linePath(ok, x, y1, undefined, digits);
  const lower = linePath([...ok].reverse(), x, y0, undefined, digits).replace(/^M/, 'L');
  return `${upper}${lower}Z`;
}
