import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { mackeyGlassSeries, mackeyGlassTask } from './mackeyGlass';
import { value } from './testHelpers';

const maxDiff = (a: Float64Array, b: Float64Array) =>
  a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

/** Largest autocorrelation over lags lo..hi. */
function maxAutocorrelation(s: Float64Array, lo: number, hi: number): number {
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const den = s.reduce((a, v) => a + (v - mean) ** 2, 0) / s.length;
  let best = -Infinity;
  for (let lag = lo; lag <= hi; lag++) {
    let num = 0;
    for (let i = 0; i + lag < s.length; i++) num += (s[i]! - mean) * (s[i + lag]! - mean);
    best = Math.max(best, num / (s.length - lag) / den);
  }
  return best;
}

describe('Mackey–Glass', () => {
  it('x ≡ 1 is the equilibrium (β/γ = 2, n = 10): a constant history at 1 stays there', () => {
    const s = mackeyGlassSeries({ x0: 1, length: 300, transient: 0 });
    expect(maxDiff(s, new Float64Array(300).fill(1))).toBeLessThan(1e-12);
  });

  it('the integrator converges at fourth order: halving dt shrinks the error ~16x', () => {
    const run = (dt: number) => mackeyGlassSeries({ length: 200, transient: 0, dt });
    const [a, b, c] = [run(0.1), run(0.05), run(0.025)];
    expect(a[0]).toBe(1.2);
    const e1 = maxDiff(a, b);
    const e2 = maxDiff(b, c);
    expect(e1).toBeLessThan(1e-6); // over the first 200 time units
    expect(e1 / e2).toBeGreaterThan(12);
    expect(e1 / e2).toBeLessThan(20);
  });

  it('τ = 17 stays in (0.2, 1.4) and is aperiodic and chaotic; τ = 8 is periodic', () => {
    const chaotic = mackeyGlassSeries({ length: 4000 });
    expect(Math.min(...chaotic)).toBeGreaterThan(0.2);
    expect(Math.max(...chaotic)).toBeLessThan(1.4);
    expect(Math.max(...chaotic) - Math.min(...chaotic)).toBeGreaterThan(0.7);
    expect(maxAutocorrelation(chaotic, 30, 1000)).toBeLessThan(0.95);
    const periodic = mackeyGlassSeries({ length: 4000, tau: 8 });
    expect(maxAutocorrelation(periodic, 30, 1000)).toBeGreaterThan(0.999);
    // a 1e-9 change of the initial value grows to O(1) for τ = 17 but not for τ = 8
    const late = (o: { tau: number }, x0: number) =>
      mackeyGlassSeries({ ...o, x0, length: 1000, transient: 4000 });
    expect(maxDiff(late({ tau: 17 }, 1.2), late({ tau: 17 }, 1.2 + 1e-9))).toBeGreaterThan(0.05);
    expect(maxDiff(late({ tau: 8 }, 1.2), late({ tau: 8 }, 1.2 + 1e-9))).toBeLessThan(1e-6);
  });

  it('validates its arguments', () => {
    expect(() => mackeyGlassSeries({ dt: 0.3 })).toThrow(/tau \(17\) must be a multiple of dt/);
    expect(() => mackeyGlassSeries({ historyNoise: 0.1 })).toThrow(/needs an rng/);
    expect(() => mackeyGlassSeries({ length: 0 })).toThrow(/^length must be/);
  });

  it('the task predicts horizon steps ahead from a random history', () => {
    const task = mackeyGlassTask({ length: 100, horizon: 3, transient: 200 });
    const s = task.sample(createRng(90));
    const x = s.inputs.map((v) => v[0]!);
    const y = s.targets.map(value);
    for (let t = 0; t + 3 < 100; t++) expect(y[t]).toBe(x[t + 3]);
    const other = task.sample(createRng(91));
    expect(other.inputs[0]![0]).not.toBe(x[0]);
  });
});
