import { describe, expect, it } from 'vitest';
import { fromRows, matVec } from '../matrix';
import { createRng, uniform } from '../rng';
import { defaultEsnConfig } from './config';
import { createEsn, type Esn } from './create';
import { createStepper, extendedState, reservoirStep, runReservoir } from './reservoir';

const v = (...xs: number[]) => new Float64Array(xs);

// N = 2, K = 1, L = 1, leak a = 0.5, with output feedback: small enough to expand by hand.
const tiny: Esn = {
  config: {
    ...defaultEsnConfig,
    inputSize: 1,
    reservoirSize: 2,
    outputSize: 1,
    leakRate: 0.5,
    outputFeedback: true,
  },
  wIn: fromRows([
    [0.1, 0.5],
    [-0.2, 1],
  ]),
  w: fromRows([
    [0, 0.5],
    [-0.3, 0],
  ]),
  wFb: fromRows([[0.2], [-0.1]]),
};

describe('runReservoir', () => {
  it('follows x_t = (1 − a) x_{t−1} + a tanh(W_in[1; u_t] + W x_{t−1} + W_fb y_{t−1}) by hand', () => {
    const [x0, x1] = runReservoir(tiny, [v(1), v(-1)], { teacher: [v(0.3), v(0.7)] });
    // t = 0: x_{−1} = 0, y_{−1} = 0, so the pre-activation is W_in [1; 1] = (0.6, 0.8).
    const e0 = [0.5 * Math.tanh(0.6), 0.5 * Math.tanh(0.8)];
    expect(x0![0]).toBeCloseTo(e0[0]!, 15);
    expect(x0![1]).toBeCloseTo(e0[1]!, 15);
    // t = 1: u = −1, y_0 = 0.3 (teacher forcing):
    //   pre_1 = 0.1 − 0.5 + 0.5·x0[1] + 0.2·0.3, pre_2 = −0.2 − 1 − 0.3·x0[0] − 0.1·0.3.
    const pre = [0.1 - 0.5 + 0.5 * e0[1]! + 0.06, -0.2 - 1 - 0.3 * e0[0]! - 0.03];
    expect(x1![0]).toBeCloseTo(0.5 * e0[0]! + 0.5 * Math.tanh(pre[0]!), 15);
    expect(x1![1]).toBeCloseTo(0.5 * e0[1]! + 0.5 * Math.tanh(pre[1]!), 15);
  });

  it('uses initialState and initialOutput for x_{−1} and y_{−1}', () => {
    const [x0] = runReservoir(tiny, [v(0)], {
      teacher: [v(0)],
      initialState: v(1, 2),
      initialOutput: v(1),
    });
    // pre = (0.1 + 0.5·2 + 0.2·1, −0.2 − 0.3·1 − 0.1·1) = (1.3, −0.6).
    expect(x0![0]).toBeCloseTo(0.5 * 1 + 0.5 * Math.tanh(1.3), 15);
    expect(x0![1]).toBeCloseTo(0.5 * 2 + 0.5 * Math.tanh(-0.6), 15);
  });

  it('requires a teacher signal of matching length when there is output feedback', () => {
    expect(() => runReservoir(tiny, [v(1)])).toThrow(/teacher/);
    expect(() => runReservoir(tiny, [v(1), v(2)], { teacher: [v(1)] })).toThrow(/teacher/);
    expect(() => runReservoir(tiny, [v(1, 2)], { teacher: [v(1)] })).toThrow(/input/);
  });

  it('matches a dense matVec reference on a random sparse 80-unit reservoir', () => {
    const esn = createEsn({ ...defaultEsnConfig, inputSize: 2, reservoirSize: 80, leakRate: 0.3 });
    const rng = createRng(4);
    const inputs = Array.from({ length: 30 }, () => v(uniform(rng, -1, 1), uniform(rng, -1, 1)));
    const states = runReservoir(esn, inputs);
    let x = new Float64Array(80) as Float64Array;
    inputs.forEach((u, t) => {
      const pre = matVec(esn.wIn, v(1, ...u));
      const rec = matVec(esn.w, x);
      x = x.map((xi, i) => 0.7 * xi + 0.3 * Math.tanh(pre[i]! + rec[i]!));
      states[t]!.forEach((s, i) => expect(s).toBeCloseTo(x[i]!, 13));
    });
    expect(reservoirStep(esn, states[0]!, inputs[1]!)).toEqual(states[1]);
    expect(createStepper(esn)(states[0]!, inputs[1]!)).toEqual(states[1]);
  });

  it('is memoryless with W = 0 and a = 1: x_t = tanh(W_in [1; u_t])', () => {
    const esn: Esn = {
      ...tiny,
      config: { ...tiny.config, leakRate: 1, outputFeedback: false },
      w: fromRows([
        [0, 0],
        [0, 0],
      ]),
      wFb: null,
    };
    const [, x1] = runReservoir(esn, [v(5), v(2)]);
    expect(Array.from(x1!)).toEqual([Math.tanh(0.1 + 1), Math.tanh(-0.2 + 2)]);
  });

  it('builds the extended state [1; u; x]', () => {
    expect(Array.from(extendedState(v(2, 3), v(4)))).toEqual([1, 2, 3, 4]);
    expect(Array.from(extendedState(v(), v(4, 5)))).toEqual([1, 4, 5]);
  });
});
