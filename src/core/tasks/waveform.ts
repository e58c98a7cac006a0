import { scalar } from './random';
import type { Task } from './types';

/**
 * The sequence-generation benchmark of the Clockwork RNN paper (Koutník, Greff, Gomez &
 * Schmidhuber 2014), as we run it: with no input at all, the network must output a fixed
 * 320-step target waveform. The paper generated real audio, which we cannot ship (its exact setup
 * we could not read); this file provides a deterministic synthetic stand-in with both fast and
 * slow structure.
 */

const WAVEFORM_LENGTH = 320;

/**
 * The synthetic waveform's components, before normalisation: value(n) = Σ amplitude ·
 * sin(2π n / period + phase). Periods span 5 to 320 steps, so a good generator needs both a
 * fast clock (to reproduce the 5- and 13-step ripple) and a slow one (to know where in the
 * 110- and 320-step swells it is) — the point of the clockwork architecture.
 */
export const WAVEFORM_COMPONENTS: readonly {
  readonly period: number;
  readonly amplitude: number;
  readonly phase: number;
}[] = [
  { period: 5, amplitude: 0.2, phase: 0.3 },
  { period: 13, amplitude: 0.25, phase: 1.1 },
  { period: 40, amplitude: 0.35, phase: 2.3 },
  { period: 110, amplitude: 0.3, phase: 0.7 },
  { period: 320, amplitude: 0.5, phase: 0.4 },
];

function rawValue(n: number): number {
  let v = 0;
  for (const c of WAVEFORM_COMPONENTS)
    v += c.amplitude * Math.sin((2 * Math.PI * n) / c.period + c.phase);
  return v;
}

/**
 * The 320-sample synthetic target waveform (stand-in for Koutník et al. 2014's audio snippet),
 * scaled so that its largest absolute value is exactly 1. Deterministic; returns a fresh array.
 */
export function waveform320(): Float64Array {
  const w = Float64Array.from({ length: WAVEFORM_LENGTH }, (_, n) => rawValue(n));
  let peak = 0;
  for (const v of w) peak = Math.max(peak, Math.abs(v));
  return w.map((v) => v / peak);
}

/**
 * Free-running generation of `waveform320()` (Koutník et al. 2014, sequence generation): every
 * input is an empty vector (inputSize 0), the target at step t is the waveform value ('real',
 * one output). The sample does not depend on the Rng: there is exactly one target sequence.
 */
export function waveformTask(): Task {
  const w = waveform320();
  return {
    name: 'waveform320',
    inputSize: 0,
    outputSize: 1,
    kind: 'real',
    sample() {
      return {
        inputs: Array.from(w, () => new Float64Array(0)),
        targets: Array.from(w, (v) => scalar(v)),
      };
    },
  };
}
