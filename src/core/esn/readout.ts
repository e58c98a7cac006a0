/**
 * Training the linear readout y_t = W_out [1; u_t; x_t] of an ESN by ridge regression on the
 * states collected under teacher forcing (Jaeger 2001; Lukoševičius 2012 §4, eq. 9:
 * W_out = Y Xᵀ (X Xᵀ + λI)⁻¹, here in the transposed, one-sample-per-row form).
 */
import { ridgeRegression } from '../linalg/ridge';
import { zeros, type Matrix, type Vector } from '../matrix';
import type { Esn } from './create';
import { nrmse } from './metrics';
import { extendedState, runReservoir } from './reservoir';

/** An ESN together with its trained readout. */
export interface TrainedEsn extends Esn {
  /** L x (1 + K + N): maps the extended state [1; u; x] to the output. */
  readonly wOut: Matrix;
}

/** Options for trainReadout; unset fields fall back to the ESN's config. */
export interface TrainOptions {
  /** Steps discarded before fitting (default config.washout). */
  readonly washout?: number;
  /** Ridge λ (default config.ridge). */
  readonly ridge?: number;
  /** x_{−1} (default zero). */
  readonly initialState?: Vector;
  /** y_{−1} fed back at step 0 under teacher forcing (default zero). */
  readonly initialOutput?: Vector;
}

/** What trainReadout returns. */
interface TrainingResult {
  readonly esn: TrainedEsn;
  /** Reservoir states x_0 … x_{T−1} under teacher forcing (washout included). */
  readonly states: Vector[];
  /** The trained readout's outputs y_t = W_out z_t for every step (washout included). */
  readonly outputs: Vector[];
  /** NRMSE of `outputs` against the targets over the fitted (post-washout) steps. */
  readonly trainNrmse: number;
}

/** y = W_out z for one extended state z = [1; u; x]. */
export function applyReadout(wOut: Matrix, z: Vector): Vector {
  if (z.length !== wOut.cols)
    throw new Error(`applyReadout: W_out has ${wOut.cols} columns, state has ${z.length}`);
  const y = new Float64Array(wOut.rows);
  for (let i = 0; i < wOut.rows; i++) {
    let acc = 0;
    const off = i * wOut.cols;
    for (let j = 0; j < z.length; j++) acc += wOut.data[off + j]! * z[j]!;
    y[i] = acc;
  }
  return y;
}

/**
 * Runs the reservoir over `inputs` (teacher-forcing `targets` as feedback when the ESN has
 * output feedback), discards the first `washout` steps, stacks the extended states
 * z_t = [1; u_t; x_t] as rows of Z and the targets as rows of Y, and fits
 * W_outᵀ = argmin ‖Z W − Y‖² + λ‖W‖² by ridgeRegression (the bias weight is regularised too).
 */
export function trainReadout(
  esn: Esn,
  inputs: readonly Vector[],
  targets: readonly Vector[],
  options: TrainOptions = {},
): TrainingResult {
  const { config } = esn;
  const washout = options.washout ?? config.washout;
  const lambda = options.ridge ?? config.ridge;
  if (targets.length !== inputs.length)
    throw new Error(`trainReadout: ${inputs.length} inputs but ${targets.length} targets`);
  if (washout >= inputs.length)
    throw new Error(`trainReadout: washout ${washout} leaves none of ${inputs.length} steps`);
  const states = runReservoir(esn, inputs, {
    initialState: options.initialState,
    initialOutput: options.initialOutput,
    teacher: targets,
  });
  const d = 1 + config.inputSize + config.reservoirSize;
  const l = config.outputSize;
  const rows = inputs.length - washout;
  const z = zeros(rows, d);
  const y = zeros(rows, l);
  for (let r = 0; r < rows; r++) {
    const t = washout + r;
    z.data.set(extendedState(inputs[t]!, states[t]!), r * d);
    if (targets[t]!.length !== l)
      throw new Error(`trainReadout: target ${t} has length ${targets[t]!.length}, expected ${l}`);
    y.data.set(targets[t]!, r * l);
  }
  const w = ridgeRegression(z, y, lambda); // d x L
  const wOut = zeros(l, d);
  for (let i = 0; i < d; i++) for (let j = 0; j < l; j++) wOut.data[j * d + i] = w.data[i * l + j]!;
  const trained: TrainedEsn = { ...esn, wOut };
  const outputs = states.map((x, t) => applyReadout(wOut, extendedState(inputs[t]!, x)));
  return {
    esn: trained,
    states,
    outputs,
    trainNrmse: nrmse(outputs.slice(washout), targets.slice(washout)),
  };
}
