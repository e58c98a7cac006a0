import type { Rng } from '../rng';
import { scalar } from './random';
import type { Task } from './types';
import { requireChoice, requireInt, requireNumber } from './validate';

/**
 * Sine waves for one-step prediction and free-running generation, the classic first echo
 * state network demonstration (Jaeger 2001; Jaeger & Haas 2004).
 */

interface SineOptions {
  /** Number of prediction steps in a sample (the wave has length + 1 values). */
  readonly length: number;
  /** Period in steps (need not be an integer). */
  readonly period: number;
  readonly amplitude: number;
  /** Phase in radians, or 'random' for a uniform phase in [0, 2π) per sample. */
  readonly phase: number | 'random';
}

/** Defaults: 100 steps of a unit sine with period 20 and a random phase per sample. */
export const SINE_DEFAULTS: SineOptions = {
  length: 100,
  period: 20,
  amplitude: 1,
  phase: 'random',
};

/** x_t = amplitude · sin(2π t / period + phase) for t = 0..n−1. */
export function sineWave(n: number, period: number, amplitude = 1, phase = 0): Float64Array {
  requireInt('n', n, 0);
  requireNumber('period', period, Number.MIN_VALUE);
  requireNumber('amplitude', amplitude);
  requireNumber('phase', phase);
  return Float64Array.from(
    { length: n },
    (_, t) => amplitude * Math.sin((2 * Math.PI * t) / period + phase),
  );
}

/**
 * Sine one-step prediction (Jaeger 2001): input x_t, target x_{t+1} at every step ('real', one
 * output). Feed the network's own output back as the next input to run it free.
 */
export function sineTask(options: Partial<SineOptions> = {}): Task {
  const o = { ...SINE_DEFAULTS, ...options };
  requireInt('length', o.length, 1);
  requireNumber('period', o.period, Number.MIN_VALUE);
  requireNumber('amplitude', o.amplitude);
  // A phase is a number or 'random' (a text field gives a string: only 'random' is one).
  if (typeof o.phase === 'string')
    requireChoice(
      'phase',
      o.phase,
      ['random'],
      `phase must be a number or 'random', got ${o.phase}`,
    );
  else requireNumber('phase', o.phase);
  return {
    name: 'sine',
    inputSize: 1,
    outputSize: 1,
    kind: 'real',
    symbols: ['x'],
    sample(rng: Rng) {
      const phase = o.phase === 'random' ? 2 * Math.PI * rng.next() : o.phase;
      const x = sineWave(o.length + 1, o.period, o.amplitude, phase);
      const inputs: Float64Array[] = [];
      const targets: Float64Array[] = [];
      for (let t = 0; t < o.length; t++) {
        inputs.push(scalar(x[t]!));
        targets.push(scalar(x[t + 1]!));
      }
      return { inputs, targets };
    },
  };
}
