import type { Sample, TaskInfo } from './types';

/**
 * Argument checks shared by the task generators, and a shape check for samples. Every error
 * names the offending argument so a bad slider value in the UI is easy to trace.
 */

/**
 * Why a task parameter cannot build the task, as a code with its values (no words: the UI words
 * it in the reader's language). `min`/`max` may be ±Infinity; a number's `min` of
 * Number.MIN_VALUE means "above 0".
 */
export type TaskParamProblem =
  | {
      readonly code: 'integer' | 'number';
      readonly param: string;
      readonly min: number;
      readonly max: number;
      readonly value: number;
    }
  | {
      readonly code: 'choice';
      readonly param: string;
      readonly allowed: readonly string[];
      readonly value: string;
    }
  /** A time the Mackey–Glass integrator must hit exactly: a whole number of steps dt. */
  | {
      readonly code: 'multipleOfDt';
      readonly param: string;
      readonly value: number;
      readonly dt: number;
    }
  /** The Mackey–Glass delay tau spans fewer than `min` integration steps dt. */
  | { readonly code: 'delaySteps'; readonly steps: number; readonly min: number }
  /** The text is shorter than one training window (seqLength + 1 symbols). */
  | { readonly code: 'textTooShort'; readonly symbols: number; readonly needed: number };

/** A task generator refused a parameter: the problem as values; the English message is for logs. */
export class TaskParamError extends Error {
  constructor(
    readonly problem: TaskParamProblem,
    message: string,
  ) {
    super(message);
    this.name = 'TaskParamError';
  }
}

/** Throws unless `value` is an integer in [min, max]. `name` is the argument's name in messages. */
export function requireInt(name: string, value: number, min: number, max = Infinity): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `in ${min}..${max}`;
    throw new TaskParamError(
      { code: 'integer', param: name, min, max, value },
      `${name} must be an integer ${range}, got ${value}`,
    );
  }
}

/** Throws unless `value` is a finite number in [min, max]. */
export function requireNumber(name: string, value: number, min = -Infinity, max = Infinity): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new TaskParamError(
      { code: 'number', param: name, min, max, value },
      `${name} must be a finite number in [${min}, ${max}], got ${value}`,
    );
  }
}

/** Throws unless `value` is one of `allowed` (a string parameter with a few meanings). */
export function requireChoice<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  message: string,
): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value))
    throw new TaskParamError(
      { code: 'choice', param: name, allowed, value: String(value) },
      message,
    );
}

/**
 * Checks that a sample matches its task's declared shape: equal input/target counts, input
 * vectors of length inputSize, class targets that are integer indices below outputSize, and
 * real/binary targets of length outputSize (binary ones exactly 0 or 1). Throws on the first
 * violation; returns the number of steps that carry a target.
 */
export function assertSampleShape(info: TaskInfo, sample: Sample): number {
  const { inputs, targets } = sample;
  if (inputs.length !== targets.length) {
    throw new Error(`${info.name}: ${inputs.length} inputs but ${targets.length} targets`);
  }
  let withTarget = 0;
  for (let t = 0; t < inputs.length; t++) {
    const x = inputs[t]!;
    if (x.length !== info.inputSize) {
      throw new Error(`${info.name}: input ${t} has length ${x.length}, not ${info.inputSize}`);
    }
    const y = targets[t];
    if (y === null || y === undefined) continue;
    withTarget++;
    if (info.kind === 'class') {
      if (typeof y !== 'number' || !Number.isInteger(y) || y < 0 || y >= info.outputSize) {
        throw new Error(`${info.name}: target ${t} is not a class index below ${info.outputSize}`);
      }
    } else {
      if (typeof y === 'number' || y.length !== info.outputSize) {
        throw new Error(`${info.name}: target ${t} is not a vector of length ${info.outputSize}`);
      }
      if (info.kind === 'binary' && y.some((v) => v !== 0 && v !== 1)) {
        throw new Error(`${info.name}: binary target ${t} has a value other than 0 or 1`);
      }
    }
  }
  return withTarget;
}
