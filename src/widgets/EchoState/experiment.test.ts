import { describe, expect, it } from 'vitest';
import {
  createEsn,
  echoStateConvergence,
  generate,
  jaegerSine,
  noInputs,
  nrmse,
  sineGeneratorConfig,
  trainReadout,
} from '../../core/esn';
import { eigenvalues, modulus } from '../../core/linalg';
import { fromFunction } from '../../core/matrix';
import { createRng } from '../../core/rng';
import { echoStateMeta } from './meta';
import {
  CONVERGENCE_SEED_OFFSET,
  CONVERGENCE_STEPS,
  convergenceVerdict,
  esnConfigFor,
  FREE_STEPS,
  isSingularReadout,
  runEchoStateExperiment,
  TRAIN_STEPS,
  WINDOW_AFTER,
  WINDOW_BEFORE,
} from '../../core/experiments';

const defaults = echoStateMeta.props.parse({});
const small = { ...defaults, size: 40 };

/** The experiment at the default settings but ρ, run once per ρ for the whole file (it is pure). */
const runs = new Map<number, ReturnType<typeof runEchoStateExperiment>>();
function at(rho: number) {
  if (!runs.has(rho)) runs.set(rho, runEchoStateExperiment({ ...defaults, rho }));
  return runs.get(rho)!;
}

describe('esnConfigFor', () => {
  it('maps the default settings onto the core’s sine-generator config exactly', () => {
    expect(esnConfigFor(defaults)).toEqual(sineGeneratorConfig);
  });
});

describe('runEchoStateExperiment', { timeout: 60_000 }, () => {
  // One run at Jaeger's defaults (200 units), checked against the core called directly, the
  // way scripts/repro does it (README "Reproductions": free-run NRMSE 5.88e-7).
  const r = at(defaults.rho);
  const T = TRAIN_STEPS;
  const teacher = Array.from({ length: T }, (_, t) => jaegerSine(t));
  const future = Array.from({ length: FREE_STEPS }, (_, t) => jaegerSine(T + t));
  const reservoir = createEsn(sineGeneratorConfig);
  const trained = trainReadout(reservoir, noInputs(T), teacher);
  const free = generate(trained.esn, FREE_STEPS, { warmupTeacher: teacher });

  it('gives the core’s free-running and training NRMSE at the defaults, and they are small', () => {
    expect(r.freeNrmse).toBe(nrmse(free.outputs, future));
    expect(r.trainNrmse).toBe(trained.trainNrmse);
    expect(r.freeNrmse).toBeGreaterThan(1e-7);
    expect(r.freeNrmse).toBeLessThan(1e-5);
  });

  it('reports the free-run error and window exactly as the core computed them', () => {
    expect(Array.from(r.freeError)).toEqual(
      free.outputs.map((y, t) => Math.abs(y[0]! - future[t]![0]!)),
    );
    // NRMSE recomputed from the error series: √(mean e²) / std(target).
    const mean = future.reduce((a, y) => a + y[0]!, 0) / FREE_STEPS;
    const std = Math.sqrt(future.reduce((a, y) => a + (y[0]! - mean) ** 2, 0) / FREE_STEPS);
    const rms = Math.sqrt(r.freeError.reduce((a, e) => a + e * e, 0) / FREE_STEPS);
    expect(rms / std).toBeCloseTo(r.freeNrmse, 15);
    expect(r.windowStart).toBe(T - WINDOW_BEFORE);
    expect(r.output).toHaveLength(WINDOW_BEFORE + WINDOW_AFTER);
    expect(r.output[0]).toBe(trained.outputs[T - WINDOW_BEFORE]![0]);
    expect(r.output[WINDOW_BEFORE - 1]).toBe(trained.outputs[T - 1]![0]);
    expect(r.output[WINDOW_BEFORE]).toBe(free.outputs[0]![0]);
    expect(r.target[WINDOW_BEFORE]).toBe(0.5 * Math.sin(T / 4));
    expect(r.traces).toHaveLength(5);
    expect(r.traces[3]![0]).toBe(trained.states[T - WINDOW_BEFORE]![3]);
    expect(r.traces[3]![WINDOW_BEFORE + 7]).toBe(free.states[7]![3]);
  });

  it('measures the spectral radius from all N eigenvalues of the reservoir drawn', () => {
    expect(r.eigenRe).toHaveLength(200);
    const eig = eigenvalues(reservoir.w);
    expect(Array.from(r.eigenRe)).toEqual(eig.map((z) => z.re));
    expect(r.measuredRho).toBeCloseTo(0.9, 12);
    expect(r.measuredRho).toBe(Math.max(...eig.map(modulus)));
    expect(r.leakyRho).toBeCloseTo(r.measuredRho, 14); // a = 1: (1 − a)I + aW = W
  });

  it('gives the core’s convergence distances: the two copies forget their start at ρ = 0.9', () => {
    const d = echoStateConvergence(
      reservoir,
      noInputs(CONVERGENCE_STEPS),
      createRng(defaults.seed + CONVERGENCE_SEED_OFFSET),
      { teacher: teacher.slice(0, CONVERGENCE_STEPS) },
    );
    expect(Array.from(r.distance)).toEqual(Array.from(d));
    expect(r.distance[0]).toBeGreaterThan(1);
    expect(r.distance.at(-1)).toBeLessThan(1e-12);
    expect(convergenceVerdict(r.distance)).toBe('forgets');
  });
});

describe('the echo state property across ρ = 1', { timeout: 60_000 }, () => {
  it('does not forget at ρ = 1.5: the distance stays of the order of the first one', () => {
    const r = at(1.5);
    expect(r.distance.at(-1)).toBeGreaterThan(1);
    expect(convergenceVerdict(r.distance)).toBe('remembers');
    expect(r.freeNrmse).toBeGreaterThan(0.1);
  });

  it('with leak a, reports the spectral radius of (1 − a)I + aW from its own eigenvalues', () => {
    const a = 0.2;
    const r = runEchoStateExperiment({ ...small, leak: a });
    const w = createEsn(esnConfigFor({ ...small, leak: a })).w;
    const leaky = fromFunction(
      w.rows,
      w.cols,
      (i, j) => a * w.data[i * w.cols + j]! + (i === j ? 1 - a : 0),
    );
    const direct = Math.max(...eigenvalues(leaky).map(modulus));
    expect(r.leakyRho).toBeCloseTo(direct, 10);
    expect(r.leakyRho).toBeLessThan(1);
    expect(r.leakyRho).toBeGreaterThan(r.measuredRho); // slower: closer to the unit circle
  });

  it('plots only as many traces as there are units', () => {
    expect(runEchoStateExperiment({ ...small, size: 10 }).traces.length).toBe(5);
  });

  it('throws the core’s error when λ is too small for the readout’s normal equations', () => {
    expect(() => runEchoStateExperiment({ ...small, ridge: 1e-12 })).toThrow(
      /not positive definite/,
    );
    expect(isSingularReadout('cholesky: matrix is not positive definite')).toBe(true);
    expect(isSingularReadout('something else')).toBe(false);
  });
});

describe('convergenceVerdict', () => {
  it('splits at a millionth and a hundredth of the first distance', () => {
    expect(convergenceVerdict([10, 1, 9e-6])).toBe('forgets');
    expect(convergenceVerdict([10, 1, 0])).toBe('forgets');
    expect(convergenceVerdict([10, 1, 1e-3])).toBe('slowly');
    expect(convergenceVerdict([10, 12, 0.1])).toBe('remembers');
    expect(convergenceVerdict([10, 12, 30])).toBe('remembers');
  });
});

// Chapter 1 quotes these numbers for the widget's presets and for ρ moved by hand; if the
// experiment changes, the prose (content/en|zh/01-basics.mdx, "Echo state networks") must too.
describe('the numbers chapter 1 quotes', { timeout: 120_000 }, () => {
  it('ρ = 0.9: NRMSE about 5.9e-7; the pair goes from about 7 to about 1e-15 within 200 steps', () => {
    const r = at(0.9);
    expect(r.freeNrmse).toBeGreaterThan(5.5e-7);
    expect(r.freeNrmse).toBeLessThan(6.5e-7);
    expect(r.distance[0]).toBeGreaterThan(6.5);
    expect(r.distance[0]).toBeLessThan(7.5);
    expect(r.distance[200]).toBeLessThan(1e-14);
  });

  it('ρ = 1.2 still forgets (about 4e-10 after 500 steps); ρ = 1.35 does not (about 0.9)', () => {
    const r12 = at(1.2);
    expect(r12.distance.at(-1)!).toBeGreaterThan(1e-10);
    expect(r12.distance.at(-1)!).toBeLessThan(1e-9);
    expect(convergenceVerdict(r12.distance)).toBe('forgets');
    const r135 = at(1.35);
    expect(convergenceVerdict(r135.distance)).toBe('remembers');
    expect(r135.distance.at(-1)!).toBeCloseTo(0.9, 1);
  });

  // At ρ = 1.5 the reservoir is chaotic, so the last digits differ between JavaScript engines
  // (Chromium shows 0.619 and 3.94, Node gives 0.612): the chapter says "about".
  it('ρ = 1.5 (a preset): NRMSE about 0.6, distance still about 4; ρ = 0.6 (a preset): NRMSE 1.1', () => {
    expect(echoStateMeta.presets['chaotic']!.values).toMatchObject({ rho: 1.5 });
    expect(echoStateMeta.presets['weak']!.values).toMatchObject({ rho: 0.6 });
    const r15 = at(1.5);
    expect(r15.freeNrmse).toBeGreaterThan(0.55);
    expect(r15.freeNrmse).toBeLessThan(0.65);
    expect(r15.distance.at(-1)!).toBeGreaterThan(3);
    expect(r15.distance.at(-1)!).toBeLessThan(5);
    const r06 = at(0.6);
    expect(r06.freeNrmse).toBeCloseTo(1.1, 1);
    expect(convergenceVerdict(r06.distance)).toBe('forgets');
  });
});
