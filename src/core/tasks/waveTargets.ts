import { WAVEFORM_COMPONENTS, waveform320 } from './waveform';

/**
 * Targets for the free-running generation experiment, all 320 steps long and scaled so that the
 * largest absolute value is 1: the multi-timescale stand-in waveform, its slow or its fast
 * components alone, or a curve through control points the reader sets.
 */
export type WaveTargetKind = 'multi' | 'slow' | 'fast' | 'drawn';

export const WAVE_TARGET_KINDS: readonly WaveTargetKind[] = ['multi', 'slow', 'fast', 'drawn'];

export const WAVE_TARGET_LENGTH = 320;

/** Components of the stand-in waveform with a period of at least this many steps are "slow". */
const SLOW_PERIOD = 100;

/** Drawn targets are set by this many evenly spaced control points. */
export const CONTROL_POINTS = 9;

/** The drawn target's control points before the reader moves any. */
export const DEFAULT_CONTROL_POINTS: readonly number[] = [
  0, 0.8, 0.2, -0.6, -0.1, 0.9, -0.3, -0.8, 0,
];

function peakScaled(w: Float64Array): Float64Array {
  let peak = 0;
  for (const v of w) peak = Math.max(peak, Math.abs(v));
  return peak > 0 ? w.map((v) => v / peak) : w;
}

function componentWave(keep: (period: number) => boolean): Float64Array {
  return peakScaled(
    Float64Array.from({ length: WAVE_TARGET_LENGTH }, (_, n) => {
      let v = 0;
      for (const c of WAVEFORM_COMPONENTS)
        if (keep(c.period)) v += c.amplitude * Math.sin((2 * Math.PI * n) / c.period + c.phase);
      return v;
    }),
  );
}

/** The step at which control point k sits (the first at 0, the last at the final step). */
export const controlPointStep = (k: number, count = CONTROL_POINTS) =>
  Math.round((k * (WAVE_TARGET_LENGTH - 1)) / (count - 1));

/**
 * A smooth curve through the control points (each clamped to [−1, 1]): between two points, a
 * half cosine, which passes through both with zero slope and never overshoots them.
 */
export function drawnWave(points: readonly number[]): Float64Array {
  if (points.length < 2) throw new Error('a drawn target needs at least two control points');
  const p = points.map((v) => Math.max(-1, Math.min(1, v)));
  const w = new Float64Array(WAVE_TARGET_LENGTH);
  for (let k = 0; k + 1 < p.length; k++) {
    const from = controlPointStep(k, p.length);
    const to = controlPointStep(k + 1, p.length);
    for (let n = from; n <= to; n++) {
      const u = (1 - Math.cos((Math.PI * (n - from)) / (to - from))) / 2;
      w[n] = p[k]! + (p[k + 1]! - p[k]!) * u;
    }
  }
  return w;
}

/** The target of a kind (`points` only matter for 'drawn'). */
export function waveTarget(kind: WaveTargetKind, points: readonly number[]): Float64Array {
  switch (kind) {
    case 'multi':
      return waveform320();
    case 'slow':
      return componentWave((T) => T >= SLOW_PERIOD);
    case 'fast':
      return componentWave((T) => T < SLOW_PERIOD);
    case 'drawn':
      return drawnWave(points);
  }
}
