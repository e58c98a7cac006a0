import { describe, expect, it } from 'vitest';
import { createRng, uniform } from '../rng';
import { defaultEsnConfig } from './config';
import { jaegerSine, sineGeneratorConfig } from './sineGenerator';
import { createEsn } from './create';
import { generate } from './generate';
import { nrmse } from './metrics';
import { applyReadout, trainReadout } from './readout';
import { extendedState, noInputs, runReservoir } from './reservoir';

const sine = jaegerSine;
const T = 3000;
const teacher = Array.from({ length: T }, (_, t) => sine(t));
const future = Array.from({ length: 1000 }, (_, t) => sine(T + t));
const sineConfig = sineGeneratorConfig;

function sineRun(seed: number) {
  const { esn, trainNrmse } = trainReadout(
    createEsn({ ...sineConfig, seed }),
    noInputs(T),
    teacher,
  );
  const free = generate(esn, 1000, { warmupTeacher: teacher });
  return { esn, trainNrmse, free };
}

describe('generate', () => {
  it('free-runs a sine for 1000 steps after teacher forcing with NRMSE < 0.1 (measured 5.9e-7) (3)', () => {
    const { trainNrmse, free } = sineRun(1);
    const error = nrmse(free.outputs, future);
    // Measured with seed 1: training NRMSE ≈ 1e-6, free-running NRMSE over 1000 steps ≈ 5.9e-7.
    // Seeds 1–8 all land between 2e-7 and 1.2e-6 with these settings.
    expect(trainNrmse).toBeLessThan(1e-3);
    expect(error).toBeLessThan(0.1);
    // Not a flat line or a decaying echo: the last period still has the full amplitude 0.5.
    const tail = free.outputs.slice(-25).map((y) => y[0]!);
    expect(Math.max(...tail)).toBeGreaterThan(0.45);
    expect(Math.min(...tail)).toBeLessThan(-0.45);
  });

  it('fails at the same task without output feedback (the readout alone cannot oscillate)', () => {
    const esn = createEsn({ ...sineConfig, outputFeedback: false });
    const { esn: trained } = trainReadout(esn, noInputs(T), teacher);
    const free = generate(trained, 1000, { warmupInputs: noInputs(T) });
    // Without input or feedback the reservoir settles to a fixed point: output ≈ constant
    // (measured NRMSE 1.00005).
    expect(nrmse(free.outputs, future)).toBeGreaterThan(0.9);
  });

  it('hands over from warm-up to free running with y_{t−1} = the last teacher value', () => {
    const { esn } = sineRun(2);
    const free = generate(esn, 2, { warmupTeacher: teacher });
    // Teacher forcing for T + 1 steps reaches the same first free-running state.
    const forced = runReservoir(esn, noInputs(T + 1), { teacher: [...teacher, sine(T)] });
    expect(free.states[0]).toEqual(forced[T]);
    // The second free step is fed the network's own first output, not the teacher's.
    const forcedOwn = runReservoir(esn, noInputs(T + 2), {
      teacher: [...teacher, free.outputs[0]!, sine(0)],
    });
    expect(free.states[1]).toEqual(forcedOwn[T + 1]);
    expect(free.outputs[1]).toEqual(
      applyReadout(esn.wOut, extendedState(noInputs(1)[0]!, free.states[1]!)),
    );
  });

  it('is the driven network plus readout when there is no feedback', () => {
    const rng = createRng(6);
    const inputs = Array.from({ length: 400 }, () => Float64Array.of(uniform(rng, -1, 1)));
    const targets = inputs.map((_, t) => Float64Array.of(inputs[t - 1]?.[0] ?? 0));
    const { esn, outputs } = trainReadout(
      createEsn({ ...defaultEsnConfig, reservoirSize: 50 }),
      inputs,
      targets,
    );
    const g = generate(esn, 100, { warmupInputs: inputs.slice(0, 300), inputs: inputs.slice(300) });
    expect(g.outputs).toEqual(outputs.slice(300));
    expect(() => generate(esn, 5)).toThrow(/inputs are required/);
  });

  it('is deterministic from the seed, end to end (5)', () => {
    const a = sineRun(3);
    const b = sineRun(3);
    expect(b.esn.wOut.data).toEqual(a.esn.wOut.data);
    expect(b.free.outputs).toEqual(a.free.outputs);
    expect(sineRun(4).esn.wOut.data).not.toEqual(a.esn.wOut.data);
  });
});
