import { describe, expect, it } from 'vitest';
import {
  controlPointStep,
  DEFAULT_CONTROL_POINTS,
  drawnWave,
  WAVE_TARGET_KINDS,
  WAVE_TARGET_LENGTH,
  waveTarget,
} from './waveTargets';
import { waveform320 } from './waveform';

describe('generation targets', () => {
  it('are 320 steps long with a peak of exactly 1', () => {
    for (const kind of WAVE_TARGET_KINDS) {
      const w = waveTarget(kind, DEFAULT_CONTROL_POINTS);
      expect(w).toHaveLength(WAVE_TARGET_LENGTH);
      expect(Math.max(...w.map(Math.abs))).toBeCloseTo(kind === 'drawn' ? 0.9 : 1, 12);
    }
    expect(Array.from(waveTarget('multi', []))).toEqual(Array.from(waveform320()));
  });

  it('split the stand-in into slow and fast parts that move at different speeds', () => {
    const meanStep = (w: Float64Array) =>
      w.slice(1).reduce((a, v, n) => a + Math.abs(v - w[n]!), 0) / (w.length - 1);
    expect(meanStep(waveTarget('fast', []))).toBeGreaterThan(5 * meanStep(waveTarget('slow', [])));
  });

  it('pass through every control point, clamped to ±1, without overshooting', () => {
    const points = [0, 2, -0.5, 0.25, -3, 0.5, 0.5, -0.75, 1];
    const w = drawnWave(points);
    points.forEach((p, k) => expect(w[controlPointStep(k)]).toBe(Math.max(-1, Math.min(1, p))));
    expect(Math.max(...w)).toBe(1);
    expect(Math.min(...w)).toBe(-1);
  });
});
