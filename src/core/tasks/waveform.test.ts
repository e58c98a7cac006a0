import { describe, expect, it } from 'vitest';
import { solveLinear } from './automaton';
import { value } from './testHelpers';
import { WAVEFORM_COMPONENTS, waveform320, waveformTask } from './waveform';

describe('clockwork waveform stand-in', () => {
  it('is deterministic, 320 long, and peaks at exactly |1|', () => {
    const a = waveform320();
    const b = waveform320();
    expect(a.length).toBe(320);
    expect(Array.from(a)).toEqual(Array.from(b));
    a[0] = 99;
    expect(waveform320()[0]).not.toBe(99); // a fresh array every call
    expect(Math.max(...Array.from(b, Math.abs))).toBe(1);
  });

  it('contains exactly the documented components (least-squares fit)', () => {
    const w = waveform320();
    // basis: sin and cos at each documented period
    const basis = WAVEFORM_COMPONENTS.flatMap(({ period }) => [
      (n: number) => Math.sin((2 * Math.PI * n) / period),
      (n: number) => Math.cos((2 * Math.PI * n) / period),
    ]);
    const k = basis.length;
    const G = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const r = new Array<number>(k).fill(0);
    for (let n = 0; n < 320; n++) {
      const row = basis.map((f) => f(n));
      for (let i = 0; i < k; i++) {
        r[i]! += row[i]! * w[n]!;
        for (let j = 0; j < k; j++) G[i]![j]! += row[i]! * row[j]!;
      }
    }
    const c = solveLinear(G, r);
    const amps = WAVEFORM_COMPONENTS.map((_, i) => Math.hypot(c[2 * i]!, c[2 * i + 1]!));
    const scale = amps[0]! / WAVEFORM_COMPONENTS[0]!.amplitude;
    WAVEFORM_COMPONENTS.forEach((comp, i) => {
      expect(amps[i]! / scale).toBeCloseTo(comp.amplitude, 9);
      // phase: a sin(x + φ) = a cos φ sin x + a sin φ cos x
      expect(Math.atan2(c[2 * i + 1]!, c[2 * i]!)).toBeCloseTo(comp.phase, 9);
    });
    // residual is zero: nothing else is in the signal
    let res = 0;
    for (let n = 0; n < 320; n++)
      res = Math.max(res, Math.abs(basis.reduce((a, f, i) => a + c[i]! * f(n), 0) - w[n]!));
    expect(res).toBeLessThan(1e-9);
  });

  it('is a free-running task: empty inputs, the waveform as targets', () => {
    const s = waveformTask().sample({ next: () => 0 });
    const w = waveform320();
    expect(s.inputs.length).toBe(320);
    expect(s.inputs.every((x) => x.length === 0)).toBe(true);
    expect(s.targets.map(value)).toEqual(Array.from(w));
  });
});
