import { describe, expect, it } from 'vitest';
import { relativeError } from '../handmade/gradCheck';
import { forward, lossAndGradient, sequenceLoss } from '../model';
import { numericGradient, relativeError as normRelativeError } from '../testing';
import { checkBlocks } from './blocks';
import { gradientCheck, SWEEP_STEPS, type GradientCheckResult } from './check';
import { float32Loss } from './float32Loss';
import { CHECK_CELLS, checkProblem } from './problem';

const settings = { hidden: 6, steps: 10, seed: 3, h: 1e-5, perBlock: 12 } as const;
const results = new Map<string, GradientCheckResult>(
  CHECK_CELLS.map((cell) => [cell, gradientCheck({ cell, ...settings })]),
);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
const errors = (r: GradientCheckResult, which: 'fd64' | 'fd32') =>
  r.blocks.flatMap((b) => b.entries.map((e) => relativeError(e.bptt, e[which])));

describe.each(CHECK_CELLS)('the gradient check of a %s', (cell) => {
  const result = results.get(cell)!;
  const problem = checkProblem({ cell, ...settings });
  const lossOf = (p: Float64Array) =>
    sequenceLoss(
      problem.model,
      forward(problem.model, p, problem.sample.inputs),
      problem.sample.targets,
    ).loss;

  it('reports the engine’s BPTT gradient and centred differences that independent ones confirm', () => {
    const { grad } = lossAndGradient(problem.model, problem.params, problem.sample);
    const ks = result.blocks.flatMap((b) => b.entries.map((e) => e.k));
    // The engine's own finite differences (testing/gradcheck.ts), with another step.
    const numeric = numericGradient(lossOf, problem.params, ks, 1e-6);
    for (const b of result.blocks) {
      for (const e of b.entries) {
        expect(e.bptt).toBe(grad[e.k]);
        expect(Math.abs(e.fd64 - numeric[e.k]!)).toBeLessThan(1e-8);
        expect(e.k).toBe(b.offset + e.row * b.cols + e.col);
      }
    }
  });

  it('has BPTT and float64 differences agree below 1e-6 relative in every block', () => {
    for (const b of result.blocks) {
      const bptt = b.entries.map((e) => e.bptt);
      const fd = b.entries.map((e) => e.fd64);
      expect(normRelativeError(bptt, fd)).toBeLessThan(1e-6);
    }
    expect(median(errors(result, 'fd64'))).toBeLessThan(1e-8);
  });

  it('finds float32 differences worse by orders of magnitude, at h = 1e-5 and at their best step', () => {
    expect(median(errors(result, 'fd32'))).toBeGreaterThan(1e4 * median(errors(result, 'fd64')));
    expect(median(errors(result, 'fd32'))).toBeGreaterThan(1e-3);
    const { fd64, fd32 } = result.sweep;
    expect(fd64).toHaveLength(SWEEP_STEPS.length);
    // The step-size trade-off: truncation at large h, rounding at small h, a best step between.
    const best64 = Math.min(...fd64);
    const best32 = Math.min(...fd32);
    expect(best64).toBeLessThan(1e-7);
    expect(best32).toBeGreaterThan(100 * best64);
    expect(fd64[0]!).toBeGreaterThan(1e3 * best64);
    expect(fd64[fd64.length - 1]!).toBeGreaterThan(1e3 * best64);
    expect(fd32.indexOf(best32)).toBeLessThan(fd64.indexOf(best64));
  });

  it('computes the float32 loss within float32 rounding of the float64 loss, and not equal to it', () => {
    const loss32 = float32Loss(problem, Float32Array.from(problem.params));
    expect(Math.abs(loss32 - result.loss64) / result.loss64).toBeLessThan(1e-5);
    expect(loss32).toBe(Math.fround(loss32));
    expect(loss32).not.toBe(result.loss64);
    expect(result.loss64).toBe(lossOf(problem.params));
  });
});

describe('the blocks the check reports', () => {
  it('cuts gated blocks by gate and samples large blocks, skipping clockwork structural zeros', () => {
    const lstm = checkBlocks(checkProblem({ cell: 'lstm', hidden: 6, steps: 4, seed: 1 }));
    expect(lstm.map((b) => b.label)).toEqual([
      ...['i', 'f', 'g', 'o'].map((g) => `Wx·${g}`),
      ...['i', 'f', 'g', 'o'].map((g) => `Wh·${g}`),
      ...['i', 'f', 'g', 'o'].map((g) => `b·${g}`),
      'V',
      'c',
    ]);
    const gru = results.get('gru')!;
    expect(gru.blocks.map((b) => b.label).slice(0, 3)).toEqual(['Wx·z', 'Wx·r', 'Wx·s̃']);
    // Wh·z has 36 entries: 12 of them are checked; b·z has 6, all checked.
    expect(gru.blocks[3]!.trainable).toBe(36);
    expect(gru.blocks[3]!.entries).toHaveLength(12);
    expect(gru.blocks[6]!.entries).toHaveLength(6);
    expect(gru.of).toBe(gru.blocks.reduce((n, b) => n + b.entries.length, 0));

    const clockwork = results.get('clockwork')!;
    const problem = checkProblem({ cell: 'clockwork', ...settings });
    const w = clockwork.blocks.find((b) => b.label === 'W')!;
    expect(w.trainable).toBe(36 - problem.model.frozen!.reduce((n, f) => n + f, 0));
    for (const e of w.entries) expect(problem.model.frozen![e.k]).toBe(0);
  });
});
