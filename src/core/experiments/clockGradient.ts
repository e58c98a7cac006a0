import { clockworkModules } from '../cells';
import {
  jacobianProductNormSteps,
  moduleProductNormSteps,
  moduleUnits,
  stepJacobians,
} from '../diagnostics';
import { spectralRadius } from '../linalg';
import type { Matrix } from '../matrix';
import { createModel, forward, initParams, type Model, type ModelSpec } from '../model';
import { block, blockView } from '../params';
import { createRng, gaussian } from '../rng';
import type { MeasureProgress } from './gradientFlow';
import type { Snapshot } from './snapshot';

/**
 * The ClockGradient figure's measurement: how far back a gradient reaches in a clockwork RNN
 * (Koutník et al. 2014), module by module, against an SRN with the same number of units.
 *
 * Both networks are tanh, untrained, seeded, and read the same seeded input sequence x_0 … x_T
 * (one input, N(0, 1) per step). The SRN's W is drawn first and rescaled to spectral radius ρ;
 * the clockwork RNN's W is the same draw with the clockwork mask, and each module's own block
 * W^{(m,m)} rescaled to spectral radius ρ — so every module's factor per tick and the SRN's
 * factor per step start from the same ρ, and W as a whole has radius ρ too (a block triangular
 * matrix's eigenvalues are its diagonal blocks').
 *
 * Per module, the figure plots the module's own block ‖∂s_T^{(m)}/∂s_k^{(m)}‖₂ — how much
 * the module's state k steps back moves its own state now, the path the chapter's formula
 * describes (one factor per tick). For the SRN it plots the whole ‖∂s_T/∂s_k‖₂, which bounds
 * every block of it from above, so the comparison never favours the clockwork RNN.
 */
export interface ClockGradientSettings {
  /** The modules' periods, fastest first, e.g. [1, 2, 4, 8]. */
  readonly periods: readonly number[];
  readonly unitsPerModule: number;
  /** Spectral radius of the SRN's W and of each clockwork module's own block. */
  readonly rho: number;
  /** T: the last step; lags 0 … T are measured. */
  readonly horizon: number;
  readonly seed: number;
}

/** Whether every module held over its periods moved not at all (see heldJacobianCheck). */
export interface HeldJacobianCheck {
  /** (module, step) pairs at which a module with period > 1 held, among steps 1 … T. */
  readonly steps: number;
  /** Complete holds checked: a module's T_m − 1 steps between two of its ticks. */
  readonly spans: number;
  /** The largest |entry − the identity's entry| in a held module's rows of ∂s_t/∂s_{t−1} or of the product over a hold; 0 means exactly I (and exactly 0 outside the module's block). */
  readonly maxDeviation: number;
}

export interface ClockGradientMeasurement {
  readonly periods: readonly number[];
  readonly unitsPerModule: number;
  readonly T: number;
  /** `modules[m][lag]` = ‖∂s_T^{(m)}/∂s_{T−lag}^{(m)}‖₂ of the clockwork RNN. */
  readonly modules: number[][];
  /** `ticks[m][lag]`: module m's ticks in T−lag < t ≤ T, the factors in its block product. */
  readonly ticks: number[][];
  /** ‖∂s_T/∂s_{T−lag}‖₂ of the clockwork RNN's whole state. */
  readonly clockworkWhole: number[];
  /** ‖∂s_T/∂s_{T−lag}‖₂ of the SRN. */
  readonly srn: number[];
  readonly held: HeldJacobianCheck;
}

const hiddenOf = (s: ClockGradientSettings) => s.periods.length * s.unitsPerModule;

function spec(cell: ModelSpec['cell'], hiddenSize: number): ModelSpec {
  return {
    cell,
    inputSize: 1,
    hiddenSize,
    outputSize: 1,
    layers: 1,
    bidirectional: false,
    output: 'linear',
  };
}

const clockworkSpec = (s: ClockGradientSettings): ModelSpec =>
  spec({ kind: 'clockwork', activation: 'tanh', periods: s.periods }, hiddenOf(s));

const srnSpec = (s: ClockGradientSettings): ModelSpec =>
  spec({ kind: 'srn', activation: 'tanh' }, hiddenOf(s));

/** The recurrent matrix W of a one-layer model, as a Matrix view of its parameters. */
function recurrentView(model: Model, params: Float64Array): Matrix {
  const b = block(model.layout, 'l0.fwd.W');
  return { rows: b.rows, cols: b.cols, data: blockView(params, b) };
}

/** Scales each module's own block W^{(m,m)} (in place) to spectral radius ρ. */
function scaleModuleBlocks(W: Matrix, owner: ArrayLike<number>, rho: number): void {
  for (const units of moduleUnits(owner)) {
    const n = units.length;
    const at = (i: number, j: number) => units[i]! * W.cols + units[j]!;
    const own = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) own[i * n + j] = W.data[at(i, j)]!;
    const current = spectralRadius({ rows: n, cols: n, data: own });
    if (!(current > 0)) continue;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) W.data[at(i, j)]! *= rho / current;
  }
}

export interface ClockGradientNetworks {
  readonly clockwork: { readonly model: Model; readonly params: Float64Array };
  readonly srn: { readonly model: Model; readonly params: Float64Array };
  /** Which module each hidden unit belongs to. */
  readonly owner: Uint16Array;
  readonly inputs: Float64Array[];
}

/** The two seeded networks and the input sequence x_0 … x_T they both read. */
export function clockGradientNetworks(s: ClockGradientSettings): ClockGradientNetworks {
  if (!(s.rho >= 0) || !Number.isFinite(s.rho)) throw new Error('ρ must be a number ≥ 0');
  if (!Number.isInteger(s.horizon) || s.horizon < 1)
    throw new Error('T must be a whole number ≥ 1');
  const cwModel = createModel(clockworkSpec(s));
  const srnModel = createModel(srnSpec(s));
  const owner = clockworkModules(hiddenOf(s), s.periods.length);
  const srnParams = initParams(srnModel, s.seed, { kind: 'uniform' }, { spectralRadius: s.rho });
  const cwParams = initParams(cwModel, s.seed, { kind: 'uniform' });
  scaleModuleBlocks(recurrentView(cwModel, cwParams), owner, s.rho);
  const rng = createRng(s.seed + 104729);
  const inputs = Array.from({ length: s.horizon + 1 }, () => Float64Array.of(gaussian(rng)));
  return {
    clockwork: { model: cwModel, params: cwParams },
    srn: { model: srnModel, params: srnParams },
    owner,
    inputs,
  };
}

/** The step Jacobians J_0 … J_T of a network along the input sequence. */
export function clockGradientJacobians(
  net: { readonly model: Model; readonly params: Float64Array },
  inputs: readonly Float64Array[],
): Matrix[] {
  return stepJacobians(net.model, net.params, forward(net.model, net.params, inputs));
}

/** Module m's ticks in T − lag < t ≤ T, for lag = 0 … T. */
const ticksBack = (period: number, T: number): number[] =>
  Array.from(
    { length: T + 1 },
    (_, lag) => Math.floor(T / period) - Math.floor((T - lag) / period),
  );

/** The largest |R − I's rows| of the rows `units` of a product R (rows × S). */
function rowsDeviation(R: Matrix, units: readonly number[]): number {
  let worst = 0;
  units.forEach((u, i) => {
    for (let c = 0; c < R.cols; c++)
      worst = Math.max(worst, Math.abs(R.data[i * R.cols + c]! - (c === u ? 1 : 0)));
  });
  return worst;
}

/** The rows `units` of the identity, as a matrix (units × S). */
function identityRows(units: readonly number[], S: number): Matrix {
  const data = new Float64Array(units.length * S);
  units.forEach((u, i) => (data[i * S + u] = 1));
  return { rows: units.length, cols: S, data };
}

/** R J for R (r × S) and J (S × S). */
function rowsTimes(R: Matrix, J: Matrix): Matrix {
  const out = new Float64Array(R.rows * J.cols);
  for (let i = 0; i < R.rows; i++)
    for (let k = 0; k < R.cols; k++) {
      const r = R.data[i * R.cols + k]!;
      if (r === 0) continue;
      for (let j = 0; j < J.cols; j++) out[i * J.cols + j]! += r * J.data[k * J.cols + j]!;
    }
  return { rows: R.rows, cols: J.cols, data: out };
}

/**
 * Measures what the chapter states: a module that did not run at step t has, in ∂s_t/∂s_{t−1},
 * exactly the identity's rows (its own block I, every other block 0), and so has them in the
 * product over each complete hold between two of its ticks, ∂s_{t₀+T_m−1}/∂s_{t₀}.
 */
export function heldJacobianCheck(
  jacobians: readonly Matrix[],
  owner: ArrayLike<number>,
  periods: readonly number[],
): HeldJacobianCheck {
  const units = moduleUnits(owner);
  const T = jacobians.length - 1;
  const S = owner.length;
  let steps = 0;
  let spans = 0;
  let maxDeviation = 0;
  periods.forEach((period, m) => {
    if (period === 1) return;
    const rows = units[m]!;
    for (let t = 1; t <= T; t++) {
      if (t % period === 0) continue;
      steps++;
      maxDeviation = Math.max(maxDeviation, rowsDeviation(subRows(jacobians[t]!, rows), rows));
    }
    for (let tick = 0; tick + period - 1 <= T; tick += period) {
      // ∂s_{tick+T_m−1}/∂s_{tick}: J_{tick+T_m−1} ⋯ J_{tick+1}, the module's rows only.
      let R = identityRows(rows, S);
      for (let t = tick + period - 1; t > tick; t--) R = rowsTimes(R, jacobians[t]!);
      spans++;
      maxDeviation = Math.max(maxDeviation, rowsDeviation(R, rows));
    }
  });
  return { steps, spans, maxDeviation };
}

function subRows(m: Matrix, rows: readonly number[]): Matrix {
  const data = new Float64Array(rows.length * m.cols);
  rows.forEach((r, i) => data.set(m.data.subarray(r * m.cols, (r + 1) * m.cols), i * m.cols));
  return { rows: rows.length, cols: m.cols, data };
}

/**
 * The measurement, a lag per pause point (the clockwork RNN's T lags, then the SRN's): a
 * generator for the job primitive (src/sim/jobs).
 */
export function* clockGradientSteps(
  s: ClockGradientSettings,
): Generator<Snapshot<MeasureProgress>, ClockGradientMeasurement, void> {
  const nets = clockGradientNetworks(s);
  const T = s.horizon;
  const of = 2 * T;
  const cwJacobians = clockGradientJacobians(nets.clockwork, nets.inputs);
  const srnJacobians = clockGradientJacobians(nets.srn, nets.inputs);
  yield () => ({ done: 0, of });
  const cwSteps = moduleProductNormSteps(cwJacobians, nets.owner);
  let cw = cwSteps.next();
  while (!cw.done) {
    const done = cw.value - 1;
    yield () => ({ done, of });
    cw = cwSteps.next();
  }
  const srnSteps = jacobianProductNormSteps(srnJacobians);
  let srn = srnSteps.next();
  while (!srn.done) {
    const done = T + srn.value - 1;
    yield () => ({ done, of });
    srn = srnSteps.next();
  }
  return {
    periods: [...s.periods],
    unitsPerModule: s.unitsPerModule,
    T,
    modules: cw.value.blocks,
    ticks: s.periods.map((period) => ticksBack(period, T)),
    clockworkWhole: cw.value.whole,
    srn: srn.value,
    held: heldJacobianCheck(cwJacobians, nets.owner, s.periods),
  };
}

/** The measurement in one go (tests, the chapter's quoted numbers). */
export function measureClockGradient(s: ClockGradientSettings): ClockGradientMeasurement {
  const steps = clockGradientSteps(s);
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
