import type { Rng } from '../rng';

/**
 * The common format every task generator produces, so one training loop can run any task.
 * See each generator's file for the task and the paper it comes from.
 */

/** One training example: a sequence of input vectors and, per step, a target or null (no loss at that step). */
export interface Sample {
  /** inputs[t] is the input vector x_t (length = inputSize). For free-running generation tasks inputs[t] is an empty Float64Array (length 0 input). */
  readonly inputs: Float64Array[];
  /** targets[t]: for 'class' tasks a class index (number), for 'real' tasks a Float64Array, null where the step has no target. */
  readonly targets: (number | Float64Array | null)[];
}

/** What a task looks like from outside: its name, sizes and loss kind. */
export interface TaskInfo {
  readonly name: string;
  readonly inputSize: number;
  readonly outputSize: number;
  /** 'class' → softmax cross-entropy over outputSize classes; 'real' → regression (MSE); 'binary' → sigmoid outputs in [0,1] with Float64Array targets of 0/1. */
  readonly kind: 'class' | 'real' | 'binary';
  /** Symbols naming input/output dimensions where meaningful (e.g. Reber letters). */
  readonly symbols?: readonly string[];
}

/** A task: its info plus a generator of samples, deterministic given the Rng. */
export interface Task extends TaskInfo {
  sample(rng: Rng): Sample;
}
