/**
 * Running a trained ESN on its own: after an optional teacher-forced warm-up, the network's
 * output is fed back as the next step's y_{t−1} (free-running generation, Jaeger 2001 §6;
 * Lukoševičius 2012 §4.5 and fig. 1 with the dashed feedback connection).
 */
import type { Vector } from '../matrix';
import { applyReadout, type TrainedEsn } from './readout';
import { createStepper, extendedState, noInputs } from './reservoir';

/** Options for generate. */
interface GenerateOptions {
  /** Inputs during the warm-up (default: empty vectors when inputSize is 0). */
  readonly warmupInputs?: readonly Vector[];
  /**
   * Outputs forced as feedback during the warm-up (teacher forcing). Its last entry becomes
   * the y_{t−1} of the first free-running step. Required for a warm-up with output feedback.
   */
  readonly warmupTeacher?: readonly Vector[];
  /** Inputs for the free-running steps (default: empty vectors when inputSize is 0). */
  readonly inputs?: readonly Vector[];
  /** x_{−1} before the warm-up (default zero). */
  readonly initialState?: Vector;
  /** y_{−1} before the warm-up (default zero). */
  readonly initialOutput?: Vector;
}

/** The free-running part of a generate run. */
export interface Generation {
  /** y for each free-running step. */
  readonly outputs: Vector[];
  /** x for each free-running step. */
  readonly states: Vector[];
}

function defaultInputs(esn: TrainedEsn, count: number, what: string): Vector[] {
  if (esn.config.inputSize !== 0 && count > 0)
    throw new Error(`generate: ${what} are required when inputSize is ${esn.config.inputSize}`);
  return noInputs(count);
}

/**
 * Teacher-forced warm-up over max(len(warmupInputs), len(warmupTeacher)) steps, then `steps`
 * free-running steps in which y_t = W_out [1; u_t; x_t] is fed back at step t + 1. Without
 * output feedback this is simply the driven network with its readout.
 */
export function generate(
  esn: TrainedEsn,
  steps: number,
  options: GenerateOptions = {},
): Generation {
  const { config, wFb } = esn;
  const warm = Math.max(options.warmupInputs?.length ?? 0, options.warmupTeacher?.length ?? 0);
  const warmInputs = options.warmupInputs ?? defaultInputs(esn, warm, 'warmupInputs');
  const teacher = options.warmupTeacher;
  if (warmInputs.length !== warm || (teacher && teacher.length !== warm))
    throw new Error('generate: warmupInputs and warmupTeacher must have the same length');
  if (wFb && warm > 0 && !teacher)
    throw new Error('generate: a warm-up with output feedback needs warmupTeacher');
  const inputs = options.inputs ?? defaultInputs(esn, steps, 'inputs');
  if (inputs.length !== steps)
    throw new Error(`generate: ${inputs.length} inputs for ${steps} steps`);

  const step = createStepper(esn);
  let x = options.initialState ?? new Float64Array(config.reservoirSize);
  let yPrev = options.initialOutput ?? new Float64Array(config.outputSize);
  for (let t = 0; t < warm; t++) {
    x = step(x, warmInputs[t]!, yPrev);
    if (teacher) yPrev = teacher[t]!;
    else yPrev = applyReadout(esn.wOut, extendedState(warmInputs[t]!, x));
  }
  const outputs: Vector[] = [];
  const states: Vector[] = [];
  for (let t = 0; t < steps; t++) {
    x = step(x, inputs[t]!, yPrev);
    yPrev = applyReadout(esn.wOut, extendedState(inputs[t]!, x));
    states.push(x);
    outputs.push(yPrev);
  }
  return { outputs, states };
}
