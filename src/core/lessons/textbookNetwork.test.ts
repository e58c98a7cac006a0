import { describe, expect, it } from 'vitest';
import { softmax } from '../activations';
import { fromRows } from '../matrix';
import { srnForward, srnStep } from './textbookNetwork';
import { createRng } from '../rng';

// A 2-unit network small enough to work through by hand (see the comments for each number).
const weights = {
  U: fromRows([
    [1, 2],
    [-1, 0.5],
  ]),
  W: fromRows([
    [0.5, -1],
    [0.25, 0],
  ]),
  V: fromRows([
    [1, 0],
    [0, 1],
    [1, 1],
  ]),
};
const x0 = new Float64Array([1, 0]);
const x1 = new Float64Array([0, 1]);

describe('srnForward', () => {
  it('starts from s_{-1} = 0, so s_0 = tanh(U x_0)', () => {
    const [step0] = srnForward(weights, [x0]);
    expect(Array.from(step0!.sPrev)).toEqual([0, 0]);
    // U x_0 is U's first column: (1, -1).
    expect(Array.from(step0!.preactivation)).toEqual([1, -1]);
    expect(step0!.s[0]).toBeCloseTo(0.7615941559557649, 15);
    expect(step0!.s[1]).toBeCloseTo(-0.7615941559557649, 15);
  });

  it('mixes the previous state through W at the next step', () => {
    const [, step1] = srnForward(weights, [x0, x1]);
    // U x_1 = (2, 0.5); W s_0 = (0.5·0.76159 + 0.76159, 0.25·0.76159) = (1.14239, 0.19040).
    expect(step1!.input[0]).toBe(2);
    expect(step1!.input[1]).toBe(0.5);
    expect(step1!.recurrent[0]).toBeCloseTo(1.142391233933647, 14);
    expect(step1!.recurrent[1]).toBeCloseTo(0.1903985389889412, 14);
    expect(step1!.s[0]).toBeCloseTo(Math.tanh(3.142391233933647), 14);
    expect(step1!.s[1]).toBeCloseTo(Math.tanh(0.6903985389889412), 14);
  });

  it('gives output probabilities o_t = softmax(V s_t)', () => {
    const [step0] = srnForward(weights, [x0]);
    const s = step0!.s;
    // V s = (s0, s1, s0 + s1) = (0.76159, -0.76159, 0).
    const e = [Math.exp(s[0]!), Math.exp(s[1]!), 1];
    const z = e[0]! + e[1]! + e[2]!;
    e.forEach((v, i) => expect(step0!.o[i]).toBeCloseTo(v / z, 15));
  });

  it('forgets the past entirely when W = 0', () => {
    const forgetful = {
      ...weights,
      W: fromRows([
        [0, 0],
        [0, 0],
      ]),
    };
    const a = srnForward(forgetful, [x0, x1]);
    const b = srnForward(forgetful, [x1]);
    expect(Array.from(a[1]!.s)).toEqual(Array.from(b[0]!.s));
  });

  it('rejects mismatched shapes with a message', () => {
    expect(() => srnForward({ ...weights, V: fromRows([[1, 0, 0]]) }, [x0])).toThrow(
      /V has 3 columns/,
    );
    expect(() => srnStep(weights, new Float64Array(3), new Float64Array(2))).toThrow(/matVec/);
  });
});

describe('softmax', () => {
  it('sums to one and does not overflow for large inputs', () => {
    const p = softmax(new Float64Array([1000, 1001, 999]));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(p[1]).toBeCloseTo(Math.exp(1) / (1 + Math.exp(1) + Math.exp(-1)), 15);
  });
});

describe('createRng', () => {
  it('is reproducible from its seed and differs across seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
    xs.forEach((x) => expect(x >= 0 && x < 1).toBe(true));
  });
});
