import { describe, expect, it } from 'vitest';
import { cliffDescent, cliffLoss, pascanuCliff } from '../../core/lessons';
import { cliffMeta } from './meta';
import { GRID, logSurface, runBoth, stepLength, summarize } from './model';

const defaults = cliffMeta.props.parse({});

describe('the Cliff widget’s model', () => {
  it('samples log₁₀ E of the core’s cliff on the map’s grid', () => {
    const f = logSurface(GRID);
    expect(f).toHaveLength(GRID * GRID);
    // Row i is b = −5 + 6 i/(n − 1), column j is w = 2 + 6 j/(n − 1).
    for (const [i, j] of [
      [0, 0],
      [40, 60],
      [99, 99],
    ] as const) {
      const w = 2 + (6 * j) / (GRID - 1);
      const b = -5 + (6 * i) / (GRID - 1);
      expect(f[i * GRID + j]).toBeCloseTo(Math.log10(cliffLoss(pascanuCliff, w, b).loss), 12);
    }
    expect(f.every(Number.isFinite)).toBe(true);
  });

  it('runs the core’s plain and clipped descents from the same start', () => {
    const runs = runBoth(defaults);
    expect(runs.plain).toEqual(
      cliffDescent(pascanuCliff, { w: 4.15, b: -2.1 }, { lr: 2, steps: 200 }),
    );
    expect(runs.clipped).toEqual(
      cliffDescent(pascanuCliff, { w: 4.15, b: -2.1 }, { lr: 2, steps: 200, clipThreshold: 1 }),
    );
  });

  it('the default start is catapulted without clipping, and clipping bounds every step by η·θ', () => {
    const runs = runBoth(defaults);
    const plain = summarize(runs.plain, 200);
    const clipped = summarize(runs.clipped, 200);
    // Thrown 22 units on the first step, against at most 2 = η·θ with clipping.
    expect(plain.largestAt).toBe(1);
    expect(plain.largestStep).toBeGreaterThan(10 * clipped.largestStep);
    expect(clipped.largestStep).toBeLessThanOrEqual(defaults.lr * defaults.threshold + 1e-12);
    expect(clipped.loss).toBeLessThan(1e-3);
    expect(plain.loss).toBeGreaterThan(1e-2);
    expect(clipped.clippedSteps).toBeGreaterThan(0);
    expect(plain.clippedSteps).toBe(0);
  });

  it('summarize counts steps up to the one shown, with the longest step and where it was', () => {
    const path = runBoth(defaults).plain;
    const lengths = Array.from({ length: 100 }, (_, k) => stepLength(path, k + 1));
    const s10 = summarize(path, 10);
    expect(s10.steps).toBe(10);
    expect(s10.loss).toBe(path[10]!.loss);
    expect(s10.largestStep).toBe(Math.max(...lengths.slice(0, 10)));
    expect(lengths[s10.largestAt - 1]).toBe(s10.largestStep);
    const s0 = summarize(path, 0);
    expect(s0).toMatchObject({ steps: 0, largestStep: 0, largestAt: 0, loss: path[0]!.loss });
    // Asking past the end gives the whole run.
    expect(summarize(path, 1e9).steps).toBe(path.length - 1);
  });

  it('reports a run that stopped on a non-finite value', () => {
    const runs = runBoth({ ...defaults, lr: 10, threshold: 10, w: 6, b: -3, steps: 400 });
    for (const path of [runs.plain, runs.clipped]) {
      const s = summarize(path, 400);
      const last = path.at(-1)!;
      expect(s.diverged).toBe(!Number.isFinite(last.loss) || !Number.isFinite(last.gradNorm));
    }
    const fake = [
      { w: 0, b: 0, loss: 1, gradNorm: 1, clipped: false },
      { w: 1, b: 0, loss: NaN, gradNorm: NaN, clipped: false },
    ];
    expect(summarize(fake, 5)).toMatchObject({ steps: 1, diverged: true, largestStep: 1 });
  });
});
