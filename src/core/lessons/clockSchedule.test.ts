import { describe, expect, it } from 'vitest';
import {
  activeModules,
  clockCounts,
  engineParameterCounts,
  lastTick,
  runClock,
  runLength,
  stepMultiplyAdds,
  type ClockNetwork,
} from './clockSchedule';

const net = (periods: number[], k = 1, inputs = 1, outputs = 1): ClockNetwork => ({
  periods,
  unitsPerModule: k,
  inputs,
  outputs,
});

describe('the clockwork schedule', () => {
  it('runs module i exactly when t mod T_i = 0, every module at t = 0', () => {
    expect(activeModules([1, 2, 4, 8], 0)).toEqual([true, true, true, true]);
    expect(activeModules([1, 2, 4, 8], 12)).toEqual([true, true, true, false]);
    expect(activeModules([1, 2, 4, 8], 16)).toEqual([true, true, true, true]);
    expect(activeModules([1, 3, 9], 6)).toEqual([true, true, false]);
    expect(lastTick(4, 11)).toBe(8);
    // Exercise 1: in t = 0 … 15, module i makes 16 / T_i updates.
    const counts = [1, 2, 4, 8].map(
      (_, i) =>
        Array.from({ length: 16 }, (__, t) => activeModules([1, 2, 4, 8], t)[i]).filter(Boolean)
          .length,
    );
    expect(counts).toEqual([16, 8, 4, 2]);
  });

  it('the engine’s state changes exactly at the scheduled steps', () => {
    const periods = [1, 3, 4, 6];
    const run = runClock(net(periods, 2), { kind: 'seeded', seed: 5 }, 'wave', 40);
    for (let t = 1; t < 40; t++) {
      const on = activeModules(periods, t);
      periods.forEach((_, i) => {
        const changed = [0, 1].some(
          (u) => run.states[t]![2 * i + u] !== run.states[t - 1]![2 * i + u],
        );
        expect(changed, `module ${i + 1} at t = ${t}`).toBe(on[i]);
      });
    }
  });

  it('reproduces the chapter’s hand-worked table (periods 1, 2, 4; a pulse; W = 0.5)', () => {
    const run = runClock(net([1, 2, 4]), { kind: 'hand' }, 'pulse', 9);
    const table = [
      [0.762, 0.762, 0.762],
      [0.815, 0.762, 0.762],
      [0.824, 0.642, 0.762],
      [0.805, 0.642, 0.762],
      [0.802, 0.606, 0.363],
      [0.709, 0.606, 0.363],
      [0.685, 0.45, 0.363],
      [0.635, 0.45, 0.363],
      [0.619, 0.386, 0.18],
    ];
    table.forEach((row, t) => row.forEach((v, i) => expect(run.states[t]![i]!).toBeCloseTo(v, 3)));
  });
});

describe('parameter and work counts', () => {
  it('equal the engine’s parameterCount for the CW-RNN and the SRN of the same size', () => {
    for (const [periods, k, I, K] of [
      [[1, 2, 4], 1, 1, 1],
      [[1, 2, 4, 8], 3, 2, 5],
      [[1, 3, 9], 4, 1, 1],
      [[1, 1, 1, 1, 1], 2, 3, 2],
    ] as const) {
      const n = net([...periods], k, I, K);
      const counts = clockCounts(n);
      const engine = engineParameterCounts(n);
      expect(counts.clockwork.total).toBe(engine.clockwork);
      expect(counts.srn.total).toBe(engine.srn);
    }
  });

  it('gives the chapter’s example: g = k = 8, one input and output, 2,497 against 4,289', () => {
    const n = net([1, 2, 4, 8, 16, 32, 64, 128], 8);
    const c = clockCounts(n);
    expect(c.clockwork.recurrent).toBe(2304);
    expect(c.clockwork.total).toBe(2497);
    expect(c.srn.total).toBe(4289);
    // 64 · (2g − 2 + 2^{1−g}) recurrent and 8 · (2 − 2^{1−g}) input multiply-adds per step.
    expect(c.clockwork.averageWork).toBeCloseTo(64 * (14 + 2 ** -7) + 8 * (2 - 2 ** -7), 10);
    expect(c.srn.averageWork).toBe(4160);
    expect(c.clockwork.peakWork).toBe(8 * 8 + 64 * 36);
  });

  it('the average work per step equals a direct count over a long run', () => {
    for (const [periods, k, I] of [
      [[1, 2, 4, 8], 3, 2],
      [[1, 3, 9], 2, 1],
      [[2, 3, 5], 1, 4],
    ] as const) {
      const n = net([...periods], k, I);
      const expected = clockCounts(n).clockwork.averageWork;
      // Over a whole number of common periods the count is exact …
      const lcm = periods.reduce<number>((a, b) => (a * b) / gcd(a, b), 1);
      let exact = 0;
      for (let t = 0; t < 7 * lcm; t++) exact += stepMultiplyAdds(n, t);
      expect(exact / (7 * lcm)).toBeCloseTo(expected, 12);
      // … and over any long run it is within a step's work divided by the length.
      const N = 10_007;
      let direct = 0;
      for (let t = 0; t < N; t++) direct += stepMultiplyAdds(n, t);
      expect(Math.abs(direct / N - expected)).toBeLessThan(clockCounts(n).clockwork.peakWork / N);
    }
  });

  it('shows exercise 3: periods 1, 3, 9 need 34/9 k² recurrent multiply-adds', () => {
    const n = net([1, 3, 9], 5, 0);
    expect(clockCounts(n).clockwork.averageWork).toBeCloseTo((34 / 9) * 25, 12);
  });

  it('runs long enough to see the slowest module tick twice', () => {
    expect(runLength([1, 2, 4])).toBe(17);
    expect(runLength([1, 2, 4, 8, 16])).toBe(33);
    expect(runLength([1, 128])).toBe(257);
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
