import { describe, expect, it } from 'vitest';
import { createRng, uniform } from '../rng';
import { defaultEsnConfig, type EsnConfig } from './config';
import { createEsn } from './create';
import { echoStateConvergence } from './convergence';
import { noInputs } from './reservoir';

const steps = 1000;
const rng = createRng(100);
const inputs = Array.from({ length: steps }, () => Float64Array.of(uniform(rng, -1, 1)));

const config = (over: Partial<EsnConfig>): EsnConfig => ({
  ...defaultEsnConfig,
  reservoirSize: 200,
  ...over,
});

const firstBelow = (d: Float64Array, eps: number) => d.findIndex((v) => v < eps);

describe('echoStateConvergence (4)', () => {
  it('ρ = 0.9, input scaling 1: ‖x_t − x′_t‖ goes from ≈ 8 to < 1e-6 by step 100 (measured: step 49)', () => {
    const d = echoStateConvergence(
      createEsn(config({ spectralRadius: 0.9 })),
      inputs,
      createRng(8),
    );
    expect(d[0]).toBeGreaterThan(1);
    const t = firstBelow(d, 1e-6);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThan(100);
    // Once forgotten, the initial condition stays forgotten (rounding level at the end).
    expect(Math.max(...d.subarray(t))).toBeLessThan(1e-6);
    expect(d[steps - 1]).toBeLessThan(1e-12);
  });

  it('ρ = 0.9, weak input (0.01) and no bias: still < 1e-6, later (measured: step 134 of 1000)', () => {
    const esn = createEsn(config({ spectralRadius: 0.9, inputScaling: 0.01, biasScaling: 0 }));
    const t = firstBelow(echoStateConvergence(esn, inputs, createRng(8)), 1e-6);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThan(300);
  });

  it('ρ = 1.5, weak input (0.01): the copies never agree, ‖x_t − x′_t‖ > 1e-2 throughout (measured min ≈ 4.0, final 6.5)', () => {
    const esn = createEsn(config({ spectralRadius: 1.5, inputScaling: 0.01 }));
    const d = echoStateConvergence(esn, inputs, createRng(8));
    expect(Math.min(...d)).toBeGreaterThan(1e-2);
    expect(firstBelow(d, 1e-6)).toBe(-1);
  });

  it('ρ = 1.5 with no input at all: the initial state is never forgotten either (measured min ≈ 4.4, final 12.4)', () => {
    const esn = createEsn(config({ inputSize: 0, spectralRadius: 1.5, biasScaling: 0 }));
    const d = echoStateConvergence(esn, noInputs(steps), createRng(8));
    expect(Math.min(...d)).toBeGreaterThan(1e-2);
  });

  it('is reproducible and needs a teacher when the ESN has output feedback', () => {
    const esn = createEsn(config({ reservoirSize: 30 }));
    const a = echoStateConvergence(esn, inputs.slice(0, 50), createRng(1));
    expect(echoStateConvergence(esn, inputs.slice(0, 50), createRng(1))).toEqual(a);
    expect(echoStateConvergence(esn, inputs.slice(0, 50), createRng(2))).not.toEqual(a);
    const fb = createEsn(config({ reservoirSize: 30, outputFeedback: true }));
    expect(() => echoStateConvergence(fb, inputs, createRng(1))).toThrow(/teacher/);
    const teacher = inputs.map((u) => Float64Array.of(0.5 * u[0]!));
    expect(echoStateConvergence(fb, inputs, createRng(1), { teacher })[steps - 1]).toBeLessThan(
      1e-9,
    );
  });
});
