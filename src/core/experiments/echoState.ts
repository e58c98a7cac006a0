/**
 * What the EchoState widget shows, computed with the core engine only: Jaeger's (2001) sine
 * generator for the reader's settings (teacher-forced training of the readout, then free-running
 * generation), the reservoir's eigenvalues, and the echo-state-property experiment (two copies
 * driven by the same signal from different starts). Pure and synchronous: the widget runs it as a
 * background job (src/sim/jobs), in a Web Worker where there is one.
 */
import {
  createEsn,
  echoStateConvergence,
  generate,
  jaegerSine,
  noInputs,
  nrmse,
  sineGeneratorConfig,
  trainReadout,
  type EsnConfig,
} from '../esn';
import { eigenvalues, modulus } from '../linalg/eigen';
import { createRng } from '../rng';

/** Teacher-forced steps (the first `sineGeneratorConfig.washout` are discarded by the fit). */
export const TRAIN_STEPS = 3000;
/** Free-running steps after the switch; the NRMSE is measured over all of them. */
export const FREE_STEPS = 1000;
/** Steps of the convergence experiment. */
export const CONVERGENCE_STEPS = 500;
/** The plotted window: this many teacher-forced steps before the switch, free ones after. */
export const WINDOW_BEFORE = 50;
export const WINDOW_AFTER = 150;
/** Reservoir units whose states are plotted (the first ones). */
export const TRACE_UNITS = 5;
/** The convergence experiment's two initial states come from createRng(seed + this). */
export const CONVERGENCE_SEED_OFFSET = 1000;

/** The reader's settings (the widget's props). */
export interface EchoStateSettings {
  readonly size: number;
  readonly rho: number;
  readonly sparsity: number;
  readonly inputScaling: number;
  readonly leak: number;
  readonly ridge: number;
  readonly seed: number;
}

export interface EchoStateResult {
  readonly requestedRho: number;
  /** max |λ(W)| of the reservoir actually drawn, from all its eigenvalues. */
  readonly measuredRho: number;
  /** max |(1 − a) + aλ|: the spectral radius of the leaky update's linear part (I − a I + a W). */
  readonly leakyRho: number;
  readonly eigenRe: Float64Array;
  readonly eigenIm: Float64Array;
  /** NRMSE of the readout on the teacher-forced steps after the washout. */
  readonly trainNrmse: number;
  /** NRMSE of the free-running output against the sine over FREE_STEPS steps. */
  readonly freeNrmse: number;
  /** Time step of the first plotted value; the switch to free running is at TRAIN_STEPS. */
  readonly windowStart: number;
  readonly target: Float64Array;
  /** Readout output over the window: teacher-forced before the switch, free-running after. */
  readonly output: Float64Array;
  /** States of units 1 … TRACE_UNITS over the window. */
  readonly traces: Float64Array[];
  /** |y_t − target_t| for every free-running step. */
  readonly freeError: Float64Array;
  /** ‖x_t − x′_t‖ for t = 0 … CONVERGENCE_STEPS − 1. */
  readonly distance: Float64Array;
}

/** The core's EsnConfig for the reader's settings: Jaeger's generator with output feedback. */
export function esnConfigFor(s: EchoStateSettings): EsnConfig {
  return {
    ...sineGeneratorConfig,
    reservoirSize: s.size,
    spectralRadius: s.rho,
    sparsity: s.sparsity,
    feedbackScaling: s.inputScaling,
    leakRate: s.leak,
    ridge: s.ridge,
    seed: s.seed,
  };
}

/** Whether two reservoirs forgot their different starts, judged from their distances. */
export type Verdict = 'forgets' | 'slowly' | 'remembers';

/**
 * 'forgets' when the last distance is below a millionth of the first (or exactly 0),
 * 'remembers' when it is still above a hundredth of it, 'slowly' in between.
 */
export function convergenceVerdict(distance: ArrayLike<number>): Verdict {
  const first = distance[0]!;
  const last = distance[distance.length - 1]!;
  if (last === 0 || last <= 1e-6 * first) return 'forgets';
  if (last >= 1e-2 * first) return 'remembers';
  return 'slowly';
}

/**
 * Whether an error from the experiment is the ridge fit failing because λ is too small: the
 * Cholesky factorisation of ZᵀZ + λI meets a non-positive pivot in floating point.
 */
export function isSingularReadout(message: string): boolean {
  return /not positive definite/.test(message);
}

export function runEchoStateExperiment(s: EchoStateSettings): EchoStateResult {
  const config = esnConfigFor(s);
  const reservoir = createEsn(config);
  const eig = eigenvalues(reservoir.w);
  let measuredRho = 0;
  let leakyRho = 0;
  for (const z of eig) {
    measuredRho = Math.max(measuredRho, modulus(z));
    leakyRho = Math.max(leakyRho, Math.hypot(1 - s.leak + s.leak * z.re, s.leak * z.im));
  }

  const teacher = Array.from({ length: TRAIN_STEPS }, (_, t) => jaegerSine(t));
  const trained = trainReadout(reservoir, noInputs(TRAIN_STEPS), teacher);
  const free = generate(trained.esn, FREE_STEPS, { warmupTeacher: teacher });
  const future = Array.from({ length: FREE_STEPS }, (_, t) => jaegerSine(TRAIN_STEPS + t)[0]!);
  const freeOut = free.outputs.map((y) => y[0]!);

  const windowStart = TRAIN_STEPS - WINDOW_BEFORE;
  const length = WINDOW_BEFORE + WINDOW_AFTER;
  const target = Float64Array.from({ length }, (_, i) => jaegerSine(windowStart + i)[0]!);
  const output = Float64Array.from({ length }, (_, i) =>
    i < WINDOW_BEFORE ? trained.outputs[windowStart + i]![0]! : freeOut[i - WINDOW_BEFORE]!,
  );
  const units = Math.min(TRACE_UNITS, s.size);
  const traces = Array.from({ length: units }, (_, u) =>
    Float64Array.from({ length }, (_, i) =>
      i < WINDOW_BEFORE
        ? trained.states[windowStart + i]![u]!
        : free.states[i - WINDOW_BEFORE]![u]!,
    ),
  );

  const distance = echoStateConvergence(
    reservoir,
    noInputs(CONVERGENCE_STEPS),
    createRng(s.seed + CONVERGENCE_SEED_OFFSET),
    { teacher: teacher.slice(0, CONVERGENCE_STEPS) },
  );

  return {
    requestedRho: s.rho,
    measuredRho,
    leakyRho,
    eigenRe: Float64Array.from(eig, (z) => z.re),
    eigenIm: Float64Array.from(eig, (z) => z.im),
    trainNrmse: trained.trainNrmse,
    freeNrmse: nrmse(freeOut, future),
    windowStart,
    target,
    output,
    traces,
    freeError: Float64Array.from(freeOut, (y, t) => Math.abs(y - future[t]!)),
    distance,
  };
}
