import type { Vector } from '../matrix';
import { defaultEsnConfig, type EsnConfig } from './config';

/**
 * Jaeger's (2001, §6) sine-wave generator task: y_t = 0.5 sin(t/4), period 8π ≈ 25 steps, no
 * input at all — the reservoir only sees its own (teacher-forced, then generated) output.
 */
export function jaegerSine(t: number): Vector {
  return Float64Array.of(0.5 * Math.sin(t / 4));
}

/**
 * Untuned settings for it: the library defaults (ρ = 0.9, 90% sparse, bias scaling 0.2, leak 1,
 * ridge λ = 1e-6) plus output feedback with scaling 1, 200 units, no input, washout 200.
 */
export const sineGeneratorConfig: EsnConfig = {
  ...defaultEsnConfig,
  inputSize: 0,
  reservoirSize: 200,
  outputSize: 1,
  outputFeedback: true,
  feedbackScaling: 1,
  washout: 200,
  seed: 1,
};
