/**
 * An empirical test of the echo state property (Jaeger 2001, definition 1; Yildiz, Jaeger &
 * Kiebel 2012): a reservoir has it when its state is asymptotically determined by the input
 * history alone, so two copies started from different states and driven by the same input
 * converge. Contracting reservoirs (ρ < 1 in the usual settings) forget their initial state;
 * large ρ with weak input typically does not.
 */
import { distance } from '../linalg/basic';
import type { Vector } from '../matrix';
import { uniform, type Rng } from '../rng';
import type { Esn } from './create';
import { createStepper } from './reservoir';

/** Options for echoStateConvergence. */
interface ConvergenceOptions {
  /** Outputs fed back (teacher forcing) to both copies; required with output feedback. */
  readonly teacher?: readonly Vector[];
}

/**
 * Draws two initial states uniformly from [−1, 1]^N (first x, then x′, from `rng`), drives
 * both with the same inputs (and the same teacher feedback, if any), and returns
 * ‖x_t − x′_t‖ after each step t = 0 … T−1.
 */
export function echoStateConvergence(
  esn: Esn,
  inputs: readonly Vector[],
  rng: Rng,
  options: ConvergenceOptions = {},
): Float64Array {
  const n = esn.config.reservoirSize;
  const { teacher } = options;
  if (esn.wFb && !teacher)
    throw new Error('echoStateConvergence: this ESN has output feedback, so it needs a teacher');
  if (teacher && teacher.length !== inputs.length)
    throw new Error(`echoStateConvergence: ${inputs.length} inputs, ${teacher.length} teacher`);
  let x: Vector = Float64Array.from({ length: n }, () => uniform(rng, -1, 1));
  let x2: Vector = Float64Array.from({ length: n }, () => uniform(rng, -1, 1));
  let yPrev: Vector = new Float64Array(esn.config.outputSize);
  const step = createStepper(esn);
  const out = new Float64Array(inputs.length);
  for (let t = 0; t < inputs.length; t++) {
    x = step(x, inputs[t]!, yPrev);
    x2 = step(x2, inputs[t]!, yPrev);
    out[t] = distance(x, x2);
    if (teacher) yPrev = teacher[t]!;
  }
  return out;
}
