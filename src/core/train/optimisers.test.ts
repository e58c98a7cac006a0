import { describe, expect, it } from 'vitest';
import { clipByGlobalNorm, clipByValue, globalNorm } from './clip';
import { createOptimiser, type OptimiserSpec } from './optimisers';

const g1 = Float64Array.of(0.5, -2);
const g2 = Float64Array.of(1, 1);

function twoSteps(spec: OptimiserSpec) {
  const p = Float64Array.of(1, 1);
  const opt = createOptimiser(spec, 2);
  opt.step(p, g1);
  const after1 = Array.from(p);
  opt.step(p, g2);
  return { after1, after2: Array.from(p) };
}

describe('optimisers, two steps worked out by hand', () => {
  it('SGD: θ − lr g', () => {
    const { after1, after2 } = twoSteps({ kind: 'sgd', lr: 0.1 });
    expect(after1).toEqual([0.95, 1.2]);
    expect(after2[0]).toBeCloseTo(0.85, 15);
    expect(after2[1]).toBeCloseTo(1.1, 15);
  });

  it('momentum: v = μv + g', () => {
    const { after2 } = twoSteps({ kind: 'momentum', lr: 0.1, momentum: 0.9 });
    // v1 = (0.5, −2), v2 = (1.45, −0.8): θ = 1 − 0.1(0.5 + 1.45), 1 − 0.1(−2 − 0.8)
    expect(after2[0]).toBeCloseTo(0.805, 14);
    expect(after2[1]).toBeCloseTo(1.28, 14);
  });

  it('Adagrad: θ − lr g / √(Σg² + ε), as min-char-rnn', () => {
    const { after1, after2 } = twoSteps({ kind: 'adagrad', lr: 0.1 });
    // step 1: G = g1², so each step is lr·sign(g) up to ε
    expect(after1[0]).toBeCloseTo(1 - (0.1 * 0.5) / Math.sqrt(0.25 + 1e-8), 15);
    expect(after1[1]).toBeCloseTo(1 + (0.1 * 2) / Math.sqrt(4 + 1e-8), 15);
    // step 2: G = (1.25, 5)
    expect(after2[0]).toBeCloseTo(after1[0]! - 0.1 / Math.sqrt(1.25 + 1e-8), 15);
    expect(after2[1]).toBeCloseTo(after1[1]! - 0.1 / Math.sqrt(5 + 1e-8), 15);
  });

  it('Nesterov: θ − lr (g + μv)', () => {
    const { after1, after2 } = twoSteps({ kind: 'nesterov', lr: 0.1, momentum: 0.9 });
    // step 1: v = g1, update = g1 + 0.9 g1 = 1.9 g1
    expect(after1[0]).toBeCloseTo(1 - 0.095, 15);
    // step 2: v = 0.9 g1 + g2 = (1.45, −0.8); update = g2 + 0.9 v = (2.305, 0.28)
    expect(after2[0]).toBeCloseTo(0.905 - 0.2305, 14);
    expect(after2[1]).toBeCloseTo(1.38 - 0.028, 14);
  });

  it('RMSProp: g / √r', () => {
    const { after1 } = twoSteps({ kind: 'rmsprop', lr: 0.01, decay: 0.9, eps: 0 });
    // r = 0.1 g², so the first step is lr g / (√0.1 |g|) = lr sign(g) / √0.1
    expect(after1[0]).toBeCloseTo(1 - 0.01 / Math.sqrt(0.1), 14);
    expect(after1[1]).toBeCloseTo(1 + 0.01 / Math.sqrt(0.1), 14);
  });

  it('Adam: the bias-corrected first step is lr · sign(g)', () => {
    const { after1, after2 } = twoSteps({ kind: 'adam', lr: 0.01, eps: 0 });
    expect(after1[0]).toBeCloseTo(0.99, 14);
    expect(after1[1]).toBeCloseTo(1.01, 14);
    // step 2, first entry: m = 0.09·0.5·… computed explicitly
    const m = (0.9 * 0.1 * 0.5 + 0.1 * 1) / (1 - 0.81);
    const v = (0.999 * 0.001 * 0.25 + 0.001 * 1) / (1 - 0.999 ** 2);
    expect(after2[0]).toBeCloseTo(0.99 - (0.01 * m) / Math.sqrt(v), 14);
  });

  it('every optimiser descends a quadratic bowl to its minimum', () => {
    const specs: OptimiserSpec[] = [
      { kind: 'sgd', lr: 0.1 },
      { kind: 'momentum', lr: 0.05, momentum: 0.9 },
      { kind: 'nesterov', lr: 0.05, momentum: 0.9 },
      { kind: 'rmsprop', lr: 0.01 },
      { kind: 'adam', lr: 0.05 },
    ];
    for (const spec of specs) {
      const p = Float64Array.of(3, -2);
      const opt = createOptimiser(spec, 2);
      for (let i = 0; i < 2000; i++)
        opt.step(p, Float64Array.of(2 * (p[0]! - 1), 8 * (p[1]! + 0.5)));
      expect(p[0]).toBeCloseTo(1, 2);
      expect(p[1]).toBeCloseTo(-0.5, 2);
    }
  });

  it('never moves frozen entries and refuses a bad learning rate', () => {
    const p = Float64Array.of(1, 1);
    createOptimiser({ kind: 'sgd', lr: 1 }, 2, Uint8Array.of(0, 1)).step(p, g2);
    expect(Array.from(p)).toEqual([0, 1]);
    for (const lr of [0, -1, NaN, Infinity])
      expect(() => createOptimiser({ kind: 'sgd', lr }, 2)).toThrow(/learning rate/);
  });
});

describe('clipping', () => {
  it('rescales to the threshold by global norm and leaves small gradients alone', () => {
    const g = Float64Array.of(3, 4);
    expect(clipByGlobalNorm(g, 1)).toBe(5);
    expect(g[0]).toBeCloseTo(0.6, 15);
    expect(g[1]).toBeCloseTo(0.8, 15);
    expect(globalNorm(g)).toBeCloseTo(1, 15);
    const small = Float64Array.of(0.3, 0.4);
    clipByGlobalNorm(small, 1);
    expect(Array.from(small)).toEqual([0.3, 0.4]);
  });

  it('clamps by value', () => {
    const g = Float64Array.of(-3, 0.2, 5);
    expect(clipByValue(g, 1)).toBe(2);
    expect(Array.from(g)).toEqual([-1, 0.2, 1]);
  });
});
