import { describe, expect, it } from 'vitest';
import { cliffDescent, cliffLoss, cliffSurface, pascanuCliff } from './cliffSurface';

describe('the single-unit cliff (Pascanu et al. 2013)', () => {
  it('has exact gradients (finite differences)', () => {
    for (const [w, b] of [
      [5, -2.5],
      [8, -4],
      [-3, 1],
      [12, -6.2],
    ] as const) {
      const g = cliffLoss(pascanuCliff, w, b);
      const h = 1e-6;
      const fw =
        (cliffLoss(pascanuCliff, w + h, b).loss - cliffLoss(pascanuCliff, w - h, b).loss) / (2 * h);
      const fb =
        (cliffLoss(pascanuCliff, w, b + h).loss - cliffLoss(pascanuCliff, w, b - h).loss) / (2 * h);
      expect(g.dw).toBeCloseTo(fw, 6 - Math.max(0, Math.round(Math.log10(Math.abs(fw) + 1))));
      expect(g.db).toBeCloseTo(fb, 6 - Math.max(0, Math.round(Math.log10(Math.abs(fb) + 1))));
    }
  });

  it('has a cliff: somewhere on a line across the surface the gradient is orders of magnitude larger', () => {
    // Along w = 5 the map x ↦ 5σ(x) + b passes a fold where x_50 jumps between two branches.
    const norms = Array.from({ length: 2001 }, (_, i) => {
      const g = cliffLoss(pascanuCliff, 5, -4 + (i / 2000) * 3);
      return Math.hypot(g.dw, g.db);
    });
    const sorted = [...norms].sort((a, b) => a - b);
    expect(sorted[2000]! / sorted[1000]!).toBeGreaterThan(100);
  });

  it('clipping keeps a trajectory that meets the cliff finite and bounded in step size', () => {
    const surface = cliffSurface(pascanuCliff, [0, 16], [-8, 0], 40);
    expect(surface.every(Number.isFinite)).toBe(true);
    // Find a start whose first gradient is huge (on the wall).
    let start = { w: 0, b: 0 };
    let worst = 0;
    for (let i = 0; i <= 2000; i++) {
      const b = -4 + (i / 2000) * 3;
      const g = cliffLoss(pascanuCliff, 5, b);
      if (Math.hypot(g.dw, g.db) > worst) {
        worst = Math.hypot(g.dw, g.db);
        start = { w: 5, b };
      }
    }
    expect(worst).toBeGreaterThan(5);
    const plain = cliffDescent(pascanuCliff, start, { lr: 0.5, steps: 1 });
    const clipped = cliffDescent(pascanuCliff, start, { lr: 0.5, steps: 50, clipThreshold: 0.05 });
    const jump = (p: typeof plain) => Math.hypot(p[1]!.w - p[0]!.w, p[1]!.b - p[0]!.b);
    expect(jump(plain)).toBeGreaterThan(50 * jump(clipped));
    expect(jump(clipped)).toBeCloseTo(0.5 * 0.05, 12);
    for (let i = 1; i < clipped.length; i++) {
      expect(
        Math.hypot(clipped[i]!.w - clipped[i - 1]!.w, clipped[i]!.b - clipped[i - 1]!.b),
      ).toBeLessThanOrEqual(0.5 * 0.05 + 1e-12);
    }
    expect(clipped.every((s) => Number.isFinite(s.loss))).toBe(true);
  });
});
