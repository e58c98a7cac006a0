import { describe, expect, it } from 'vitest';
import { norm2 } from '../linalg/basic';
import { spectralRadius } from '../linalg/eigen';
import { fromRows, matVec, type Matrix } from '../matrix';
import { createRng } from '../rng';
import { defaultEsnConfig, validateEsnConfig, type EsnConfig } from './config';
import { createEsn, rescaleToSpectralRadius } from './create';

const config = (over: Partial<EsnConfig>): EsnConfig => ({ ...defaultEsnConfig, ...over });

/**
 * Independent estimate of ρ(W): the mean per-step growth of ‖Wᵏ v‖ over steps 1000..4000
 * (Gelfand's formula ρ = lim ‖Wᵏ‖^{1/k}). Converges like O(1/M) in the log even when the
 * dominant eigenvalues are a complex pair, so it checks ρ to about 1%, not to 1e-9.
 */
function growthRate(w: Matrix): number {
  let v = new Float64Array(w.rows).fill(1) as Float64Array;
  let logSum = 0;
  for (let k = 0; k < 4000; k++) {
    const next = matVec(w, v);
    const len = norm2(next);
    if (k >= 1000) logSum += Math.log(len);
    v = next.map((x) => x / len);
  }
  return Math.exp(logSum / 3000);
}

describe('createEsn', () => {
  it('draws weights with the documented shapes, ranges and sparsity', () => {
    const c = config({ inputSize: 3, reservoirSize: 300, outputSize: 2, inputScaling: 0.7 });
    const esn = createEsn({ ...c, biasScaling: 0.1, outputFeedback: true, feedbackScaling: 0.3 });
    expect([esn.wIn.rows, esn.wIn.cols]).toEqual([300, 4]);
    expect([esn.w.rows, esn.w.cols]).toEqual([300, 300]);
    expect([esn.wFb!.rows, esn.wFb!.cols]).toEqual([300, 2]);
    for (let i = 0; i < 300; i++) {
      expect(Math.abs(esn.wIn.data[i * 4]!)).toBeLessThanOrEqual(0.1);
      for (let j = 1; j < 4; j++)
        expect(Math.abs(esn.wIn.data[i * 4 + j]!)).toBeLessThanOrEqual(0.7);
    }
    expect(Math.max(...Array.from(esn.wFb!.data, Math.abs))).toBeLessThanOrEqual(0.3);
    // 90 000 Bernoulli(0.9) draws: standard error 0.001.
    const zeros = esn.w.data.filter((v) => v === 0).length / esn.w.data.length;
    expect(Math.abs(zeros - 0.9)).toBeLessThan(0.005);
    expect(createEsn(config({ outputFeedback: false })).wFb).toBeNull();
  });

  it('rescales W to the requested spectral radius to 1e-9 (and growth rate agrees to 1%)', () => {
    for (const [n, rho, sparsity] of [
      [50, 0.9, 0.9],
      [200, 1.5, 0.9],
      [300, 0.3, 0],
    ] as const) {
      const esn = createEsn(config({ reservoirSize: n, spectralRadius: rho, sparsity, seed: n }));
      expect(Math.abs(spectralRadius(esn.w) - rho)).toBeLessThan(1e-9);
      expect(Math.abs(growthRate(esn.w) / rho - 1)).toBeLessThan(0.01);
    }
  });

  it('rescales a hand-made matrix: [[0,2],[2,0]] has ρ = 2, so ρ = 0.5 halves it twice', () => {
    const w = rescaleToSpectralRadius(
      fromRows([
        [0, 2],
        [2, 0],
      ]),
      0.5,
    );
    expect(Array.from(w.data)).toEqual([0, 0.5, 0.5, 0]);
    expect(() =>
      rescaleToSpectralRadius(
        fromRows([
          [0, 1],
          [0, 0],
        ]),
        1,
      ),
    ).toThrow(/radius 0/);
  });

  // Its speed is measured by `npm run bench`, not asserted here.
  it('scales a 500-unit reservoir to the requested spectral radius', () => {
    const esn = createEsn(config({ reservoirSize: 500, spectralRadius: 0.95 }));
    expect(Math.abs(spectralRadius(esn.w) - 0.95)).toBeLessThan(1e-9);
  });

  it('is deterministic from the seed (5)', () => {
    const c = config({ reservoirSize: 60, outputFeedback: true, seed: 17 });
    const a = createEsn(c);
    const b = createEsn(c);
    const viaRng = createEsn(c, createRng(17));
    for (const e of [b, viaRng]) {
      expect(e.wIn.data).toEqual(a.wIn.data);
      expect(e.w.data).toEqual(a.w.data);
      expect(e.wFb!.data).toEqual(a.wFb!.data);
    }
    expect(createEsn({ ...c, seed: 18 }).w.data).not.toEqual(a.w.data);
  });

  it('validates the configuration', () => {
    expect(() => validateEsnConfig(config({ leakRate: 0 }))).toThrow(/leakRate/);
    expect(() => validateEsnConfig(config({ sparsity: 1 }))).toThrow(/sparsity/);
    expect(() => createEsn(config({ reservoirSize: 2.5 }))).toThrow(/reservoirSize/);
    expect(() => createEsn(config({ ridge: -1 }))).toThrow(/ridge/);
    expect(validateEsnConfig(defaultEsnConfig)).toBe(defaultEsnConfig);
  });
});
