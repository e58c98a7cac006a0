import { describe, expect, it } from 'vitest';
import { bandOf, bandRuns, isolineSegments } from './isolines';

const grid = (nx: number, ny: number, f: (x: number, y: number) => number) => {
  const v = new Float64Array(nx * ny);
  for (let i = 0; i < ny; i++) for (let j = 0; j < nx; j++) v[i * nx + j] = f(j, i);
  return v;
};

describe('isolineSegments (marching squares)', () => {
  it('finds a plane’s level line exactly (linear interpolation is exact on a plane)', () => {
    const v = grid(11, 9, (x, y) => 0.3 * x + 0.7 * y);
    const segs = isolineSegments(v, 11, 9, 3.1);
    expect(segs.length).toBeGreaterThan(5);
    for (const [x0, y0, x1, y1] of segs) {
      expect(0.3 * x0 + 0.7 * y0).toBeCloseTo(3.1, 12);
      expect(0.3 * x1 + 0.7 * y1).toBeCloseTo(3.1, 12);
    }
  });

  it('traces a circle of x² + y²: every endpoint near radius r, segments joining into a closed loop', () => {
    const c = 20;
    const v = grid(41, 41, (x, y) => (x - c) ** 2 + (y - c) ** 2);
    const r = 12.3;
    const segs = isolineSegments(v, 41, 41, r * r);
    for (const [x0, y0, x1, y1] of segs) {
      // Linear interpolation of a quadratic on unit cells is off by at most ~1/(4r) here.
      expect(Math.abs(Math.hypot(x0 - c, y0 - c) - r)).toBeLessThan(0.05);
      expect(Math.abs(Math.hypot(x1 - c, y1 - c) - r)).toBeLessThan(0.05);
    }
    // A closed curve: every endpoint is shared by exactly two segments.
    const key = (x: number, y: number) => `${x.toFixed(9)},${y.toFixed(9)}`;
    const count = new Map<string, number>();
    for (const [x0, y0, x1, y1] of segs)
      for (const k of [key(x0, y0), key(x1, y1)]) count.set(k, (count.get(k) ?? 0) + 1);
    expect([...count.values()].every((n) => n === 2)).toBe(true);
    // Its length is close to 2πr.
    const length = segs.reduce((s, [x0, y0, x1, y1]) => s + Math.hypot(x1 - x0, y1 - y0), 0);
    expect(length / (2 * Math.PI * r)).toBeCloseTo(1, 1);
  });

  it('resolves a saddle by the centre value, and skips cells with a non-finite corner', () => {
    // Corners a=1 (bottom-left), b=0, c=1, d=0: a and c above 0.5; centre 0.5 ≥ 0.5 joins them.
    const saddle = [1, 0, 0, 1];
    const segs = isolineSegments(saddle, 2, 2, 0.5);
    expect(segs).toHaveLength(2);
    expect(segs).toContainEqual([0, 0.5, 0.5, 1]);
    expect(segs).toContainEqual([0.5, 0, 1, 0.5]);
    expect(isolineSegments([1, NaN, 0, 1], 2, 2, 0.5)).toEqual([]);
    expect(isolineSegments([1, 1, 1, 1], 2, 2, 0.5)).toEqual([]);
  });
});

describe('bands', () => {
  it('bandOf counts the levels at or below a value', () => {
    expect(bandOf(-10, [-3, -2, -1])).toBe(0);
    expect(bandOf(-3, [-3, -2, -1])).toBe(1);
    expect(bandOf(-1.5, [-3, -2, -1])).toBe(2);
    expect(bandOf(0, [-3, -2, -1])).toBe(3);
  });

  it('bandRuns covers every sample exactly once with its band', () => {
    const nx = 7;
    const ny = 3;
    const v = grid(nx, ny, (x, y) => (x === 3 && y === 1 ? NaN : x + y));
    const levels = [2, 4.5];
    const runs = bandRuns(v, nx, ny, levels);
    const seen = new Int32Array(nx * ny).fill(-9);
    for (const r of runs)
      for (let j = r.from; j <= r.to; j++) {
        expect(seen[r.row * nx + j]).toBe(-9);
        seen[r.row * nx + j] = r.band;
      }
    for (let i = 0; i < ny; i++)
      for (let j = 0; j < nx; j++) {
        const x = v[i * nx + j]!;
        expect(seen[i * nx + j]).toBe(Number.isFinite(x) ? bandOf(x, levels) : -1);
      }
    // Row 0 (values 0…6) is three runs: [0, 1], [2, 4], [5, 6].
    expect(runs.filter((r) => r.row === 0).map((r) => [r.from, r.to, r.band])).toEqual([
      [0, 1, 0],
      [2, 4, 1],
      [5, 6, 2],
    ]);
  });
});
