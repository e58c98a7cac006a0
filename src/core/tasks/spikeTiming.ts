import type { Rng } from '../rng';
import { randomInt } from './random';
import type { Sample, Task } from './types';
import { requireInt } from './validate';

/**
 * Measuring a spike distance (Gers, Schraudolph & Schmidhuber 2002, the "MSD" task; first in
 * Gers & Schmidhuber 2000): one input line is 0 except for two spikes, at t₁ and t₂ = t₁ + D,
 * with the gap D drawn uniformly in [minGap, maxGap]. The network must answer with one output
 * spike exactly D steps after the second input spike, at t₂ + D, and stay at 0 everywhere else:
 * it has to measure an interval and then reproduce it. With minGap = maxGap the gap is fixed and
 * the task is to emit a spike at a fixed interval after a cue.
 *
 * A sample is `length` steps long (at least t₁ + 2·maxGap + 1, so every answer fits; t₁ is drawn
 * uniformly where it fits) with a binary target at every step: 1 at t₂ + D, 0 elsewhere.
 */
export interface SpikeTimingOptions {
  readonly minGap: number;
  readonly maxGap: number;
  /** Steps per sample; must leave room for 2·maxGap + 1 steps after t₁. */
  readonly length: number;
}

export const SPIKE_TIMING_DEFAULTS: SpikeTimingOptions = { minGap: 4, maxGap: 8, length: 24 };

/** Where one sample's spikes sit: the two input spikes and the step where the answer is due. */
export interface SpikeTimes {
  readonly first: number;
  readonly second: number;
  readonly target: number;
}

/** The spike times of a sample of this task (read back from its inputs and targets). */
export function spikeTimesOf(sample: Sample): SpikeTimes {
  const inputs = sample.inputs.flatMap((x, t) => (x[0] === 1 ? [t] : []));
  const target = sample.targets.findIndex((y) => y instanceof Float64Array && y[0] === 1);
  if (inputs.length !== 2 || target < 0) throw new Error('not a spike-timing sample');
  return { first: inputs[0]!, second: inputs[1]!, target };
}

export function spikeTimingTask(options: Partial<SpikeTimingOptions> = {}): Task {
  const o = { ...SPIKE_TIMING_DEFAULTS, ...options };
  requireInt('minGap', o.minGap, 1);
  requireInt('maxGap', o.maxGap, o.minGap);
  requireInt('length', o.length, 2 * o.maxGap + 1);
  return {
    name: 'spikeTiming',
    inputSize: 1,
    outputSize: 1,
    kind: 'binary',
    symbols: ['spike'],
    sample(rng: Rng): Sample {
      const gap = randomInt(rng, o.minGap, o.maxGap);
      const first = randomInt(rng, 0, o.length - 1 - 2 * gap);
      const second = first + gap;
      const due = second + gap;
      const inputs = Array.from({ length: o.length }, (_, t) =>
        Float64Array.of(t === first || t === second ? 1 : 0),
      );
      const targets = inputs.map((_, t) => Float64Array.of(t === due ? 1 : 0));
      return { inputs, targets };
    },
  };
}
