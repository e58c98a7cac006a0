import type { Sample, TaskInfo } from './types';

/**
 * Argument checks shared by the task generators, and a shape check for samples. Every error
 * names the offending argument so a bad slider value in the UI is easy to trace.
 */

/** Throws unless `value` is an integer in [min, max]. `name` is the argument's name in messages. */
export function requireInt(name: string, value: number, min: number, max = Infinity): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `in ${min}..${max}`;
    throw new Error(`${name} must be an integer ${range}, got ${value}`);
  }
}

/** Throws unless `value` is a finite number in [min, max]. */
export function requireNumber(name: string, value: number, min = -Infinity, max = Infinity): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a finite number in [${min}, ${max}], got ${value}`);
  }
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
