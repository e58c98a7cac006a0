import type { ActivationName } from '../activations';
import {
  gradientByTimeStep,
  jacobianProductNormSteps,
  spectralNorm,
  stepJacobians,
} from '../diagnostics';
import { spectralRadius } from '../linalg';
import type { Matrix } from '../matrix';
import {
  createModel,
  forward,
  initParams,
  type InitScheme,
  type Model,
  type ModelSpec,
  sequenceLoss,
} from '../model';
import { blockView } from '../params';
import { createRng } from '../rng';
import { createTask, type Sample } from '../tasks';
import type { Snapshot } from './snapshot';

/** The settings the measurements depend on (a subset of the widget's props). */
export interface FlowSettings {
  readonly rho: number;
  readonly activation: ActivationName;
  readonly hidden: number;
  readonly T: number;
  readonly init: 'uniform' | 'orthogonal';
  readonly seed: number;
}

/** γ = sup |f′| of each activation: the factor in the bound ‖diag f′‖ ≤ γ. */
export const GAMMA: Readonly<Record<ActivationName, number>> = {
  tanh: 1,
  sigmoid: 0.25,
  relu: 1,
  linear: 1,
};

/** The task trained and probed: the adding problem (two marked values, answer at the end). */
export const TASK = 'addingModern';

export function flowSpec(cell: 'srn' | 'lstm', s: FlowSettings): ModelSpec {
  return {
    cell:
      cell === 'srn'
        ? { kind: 'srn', activation: s.activation }
        : // Forget bias 1 (Gers et al. 2000): the usual starting point, not tuned for this figure.
          { kind: 'lstm', peepholes: false, forgetBias: 1 },
    inputSize: 2,
    hiddenSize: s.hidden,
    outputSize: 1,
    layers: 1,
    bidirectional: false,
    output: 'linear',
  };
}

export const initScheme = (s: FlowSettings): InitScheme =>
  s.init === 'orthogonal' ? { kind: 'orthogonal' } : { kind: 'uniform' };

/** The starting weights, with every recurrent matrix rescaled to spectral radius ρ. */
export function flowParams(model: Model, s: FlowSettings): Float64Array {
  return initParams(model, s.seed, initScheme(s), { spectralRadius: s.rho });
}

/** One fixed adding-problem sequence of length T, the same for every measurement. */
export function flowProbeSequence(T: number, seed: number): Sample {
  return createTask(TASK, { T }).sample(createRng(seed + 7919));
}

/** The SRN's recurrent matrix W, as a Matrix view of the parameters. */
export function recurrentMatrix(model: Model, params: Float64Array): Matrix {
  const b = model.layout.blocks.find((x) => x.name.endsWith('.W'))!;
  return { rows: b.rows, cols: b.cols, data: blockView(params, b) };
}

export interface JacobianMeasurement {
  /** ‖∂s_T/∂s_{T−lag}‖₂ for lag = 0 … T−1, measured on the probe sequence. */
  readonly measured: number[];
  /** (γρ)^lag, with ρ the spectral radius of W as the network has it. */
  readonly boundRho: number[];
  /** (γ‖W‖₂)^lag: Pascanu et al.'s sufficient bound, with the largest singular value. */
  readonly boundSigma: number[];
  readonly rho: number;
  readonly sigma: number;
  readonly gamma: number;
}

/** Progress of a measurement: lags done of the T to measure. */
export interface MeasureProgress {
  readonly done: number;
  readonly of: number;
}

/**
 * The figure's first picture: Jacobian-product norms against the lag, with the two bounds.
 * A generator for the job primitive (src/sim/jobs): it yields between lags, so on the main
 * thread it runs in short slices (one lag of a 48-unit, 100-step network is well under 8 ms).
 */
export function* measureJacobianSteps(
  s: FlowSettings,
): Generator<Snapshot<MeasureProgress>, JacobianMeasurement, void> {
  const model = createModel(flowSpec('srn', s));
  const params = flowParams(model, s);
  const probe = flowProbeSequence(s.T, s.seed);
  const trace = forward(model, params, probe.inputs);
  const jacobians = stepJacobians(model, params, trace);
  yield () => ({ done: 0, of: s.T });
  const steps = jacobianProductNormSteps(jacobians);
  let next = steps.next();
  while (!next.done) {
    const done = next.value;
    yield () => ({ done, of: s.T });
    next = steps.next();
  }
  const measured = next.value;
  const W = recurrentMatrix(model, params);
  const rho = spectralRadius(W);
  const sigma = spectralNorm(W);
  const gamma = GAMMA[s.activation];
  return {
    measured,
    boundRho: measured.map((_, lag) => (gamma * rho) ** lag),
    boundSigma: measured.map((_, lag) => (gamma * sigma) ** lag),
    rho,
    sigma,
    gamma,
  };
}

/** The measurement in one go (tests, the chapter's quoted numbers). */
export function measureJacobians(s: FlowSettings): JacobianMeasurement {
  const steps = measureJacobianSteps(s);
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/**
 * How much each time step t contributes to ∂E/∂W on the probe sequence (‖term_t‖, the
 * Frobenius norm of that step's share of BPTT's sum) with the given weights. The adding
 * problem's only target is at the last step, so term_t measures the error signal that reaches
 * t after travelling T−1−t steps back.
 */
export function gradientColumn(model: Model, params: Float64Array, probe: Sample): number[] {
  const trace = forward(model, params, probe.inputs);
  const { dLogits } = sequenceLoss(model, trace, probe.targets);
  const blockName = model.spec.cell.kind === 'lstm' ? 'Wh' : 'W';
  return gradientByTimeStep(model, params, trace, dLogits, blockName).norms;
}

/** A gradient column of a model given by its spec, as a background job (GradientFlow). */
export interface GradientColumnInput {
  readonly spec: ModelSpec;
  readonly params: Float64Array;
  readonly probe: Sample;
}

export function gradientColumnJob({ spec, params, probe }: GradientColumnInput): number[] {
  return gradientColumn(createModel(spec), params, probe);
}
