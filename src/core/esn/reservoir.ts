/**
 * Driving the reservoir: the leaky-integrator state update of Jaeger et al. (2007) in the
 * notation of Lukoševičius (2012, eqs. 2–3),
 *   x̃_t = tanh(W_in [1; u_t] + W x_{t−1} + W_fb y_{t−1}),
 *   x_t = (1 − a) x_{t−1} + a x̃_t,
 * with y_{t−1} supplied by a teacher signal (teacher forcing) when output feedback is on.
 */
import type { Vector } from '../matrix';
import type { Esn } from './create';

/** Options for runReservoir. */
interface RunOptions {
  /** x_{−1}; defaults to the zero vector. */
  readonly initialState?: Vector;
  /**
   * Desired outputs y_0 … y_{T−1} (one per input step). With output feedback, step t is fed
   * y_{t−1} = teacher[t−1] (teacher forcing); the last entry is never fed back. Required when
   * the ESN has output feedback, ignored otherwise.
   */
  readonly teacher?: readonly Vector[];
  /** y_{−1}, fed back at step 0; defaults to the zero vector. */
  readonly initialOutput?: Vector;
}

const check = (what: string, v: Vector, n: number) => {
  if (v.length !== n) throw new Error(`${what} has length ${v.length}, expected ${n}`);
};

/** x_t as a function of (x_{t−1}, u_t, y_{t−1}); see createStepper. */
type Stepper = (xPrev: Vector, u: Vector, yPrev?: Vector) => Vector;

/**
 * Compiles the update x_t = (1 − a) x_{t−1} + a tanh(W_in [1; u_t] + W x_{t−1} + W_fb y_{t−1})
 * for repeated use: W is copied once into compressed sparse rows, so a step costs O(nnz(W))
 * instead of O(N²). The stepper reads the weights as they are now; if they are edited later,
 * create a new stepper. y_{t−1} is ignored without output feedback (and treated as 0 if
 * omitted with it). Each call allocates and returns the new state.
 */
export function createStepper(esn: Esn): Stepper {
  const { wIn, w, wFb, config } = esn;
  const n = config.reservoirSize;
  const k = config.inputSize;
  const a = config.leakRate;
  if (w.rows !== n || w.cols !== n) throw new Error(`W is ${w.rows}x${w.cols}, expected ${n}x${n}`);
  if (wIn.rows !== n || wIn.cols !== 1 + k)
    throw new Error(`W_in is ${wIn.rows}x${wIn.cols}, expected ${n}x${1 + k}`);
  if (wFb && (wFb.rows !== n || wFb.cols !== config.outputSize))
    throw new Error(`W_fb is ${wFb.rows}x${wFb.cols}, expected ${n}x${config.outputSize}`);
  const rowStart = new Int32Array(n + 1);
  let nnz = 0;
  for (let i = 0; i < n * n; i++) if (w.data[i] !== 0) nnz++;
  const col = new Int32Array(nnz);
  const val = new Float64Array(nnz);
  nnz = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = nnz;
    for (let j = 0; j < n; j++) {
      const v = w.data[i * n + j]!;
      if (v !== 0) {
        col[nnz] = j;
        val[nnz++] = v;
      }
    }
  }
  rowStart[n] = nnz;
  const win = Float64Array.from(wIn.data);
  const fb = wFb ? Float64Array.from(wFb.data) : null;
  const l = config.outputSize;
  const inCols = 1 + k;
  return (xPrev, u, yPrev) => {
    check('reservoir step: state', xPrev, n);
    check('reservoir step: input', u, k);
    const useFb = fb !== null && yPrev !== undefined;
    if (useFb) check('reservoir step: previous output', yPrev, l);
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let pre = win[i * inCols]!;
      for (let j = 0; j < k; j++) pre += win[i * inCols + 1 + j]! * u[j]!;
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) pre += val[p]! * xPrev[col[p]!]!;
      if (useFb) for (let j = 0; j < l; j++) pre += fb[i * l + j]! * yPrev[j]!;
      x[i] = (1 - a) * xPrev[i]! + a * Math.tanh(pre);
    }
    return x;
  };
}

/** One state update x_t from x_{t−1}, u_t and y_{t−1} (see createStepper; O(N²) per call). */
export function reservoirStep(esn: Esn, xPrev: Vector, u: Vector, yPrev?: Vector): Vector {
  return createStepper(esn)(xPrev, u, yPrev);
}

/**
 * Runs the reservoir over inputs u_0 … u_{T−1} and returns the states x_0 … x_{T−1}.
 * With output feedback a teacher sequence of the same length is required (teacher forcing).
 */
export function runReservoir(
  esn: Esn,
  inputs: readonly Vector[],
  options: RunOptions = {},
): Vector[] {
  const { config, wFb } = esn;
  const { teacher } = options;
  if (wFb) {
    if (!teacher)
      throw new Error('runReservoir: this ESN has output feedback, so it needs a teacher signal');
    if (teacher.length !== inputs.length)
      throw new Error(
        `runReservoir: ${inputs.length} inputs but ${teacher.length} teacher outputs`,
      );
  }
  let x = options.initialState ?? new Float64Array(config.reservoirSize);
  let yPrev = options.initialOutput ?? new Float64Array(config.outputSize);
  const step = createStepper(esn);
  const states: Vector[] = [];
  for (let t = 0; t < inputs.length; t++) {
    x = step(x, inputs[t]!, yPrev);
    states.push(x);
    if (teacher) yPrev = teacher[t]!;
  }
  return states;
}

/** The extended state z_t = [1; u_t; x_t] that the linear readout sees (length 1 + K + N). */
export function extendedState(u: Vector, x: Vector): Vector {
  const z = new Float64Array(1 + u.length + x.length);
  z[0] = 1;
  z.set(u, 1);
  z.set(x, 1 + u.length);
  return z;
}

/** `count` empty input vectors, the input sequence of an ESN with inputSize 0. */
export function noInputs(count: number): Vector[] {
  return Array.from({ length: count }, () => new Float64Array(0));
}
