import { parameterCount, type Model, type Sample } from '../core/model';
import {
  createEkfTrainer,
  defaultEkfOptions,
  nodeGroups,
  rtrlModelProblem,
  TrainingRefusal,
  type EkfTrainer,
  type StepReport,
} from '../core/train';
import type { AlgorithmSpec } from './types';

/**
 * Sessions that train with the extended Kalman filter of the core (src/core/train/ekf.ts), global
 * or node-decoupled, with RTRL's exact Jacobians: what applies (single-layer, unidirectional
 * models — RTRL's — with any head), the covariance-size limit, and one sequence as one session
 * step. The filter's covariance lives across sequences; a new sequence only zeroes the states.
 */
export type EkfSpec = Extract<AlgorithmSpec, { kind: 'ekf' | 'dekf' }>;

/**
 * The covariance may hold at most this many numbers (32 MB as float64): the global filter's
 * N × N matrix for N = 2,000 trainable parameters; the decoupled filter's blocks, Σ n_g².
 */
export const EKF_MAX_COVARIANCE = 4e6;
/** The global EKF's parameter limit that follows: √EKF_MAX_COVARIANCE. */
export const EKF_MAX_PARAMETERS = Math.floor(Math.sqrt(EKF_MAX_COVARIANCE));

const name = (spec: EkfSpec) => (spec.kind === 'ekf' ? 'the EKF' : 'the decoupled EKF');
const count = (n: number) => n.toLocaleString('en');

/** The filter's full options: the spec's numbers over the core's defaults, RTRL's Jacobian. */
export function ekfOptions(spec: EkfSpec) {
  return {
    ...defaultEkfOptions,
    decoupled: spec.kind === 'dekf',
    jacobian: 'rtrl' as const,
    p0: spec.p0 ?? defaultEkfOptions.p0,
    r: spec.r ?? defaultEkfOptions.r,
    q: spec.q ?? defaultEkfOptions.q,
  };
}

/** Numbers the filter's covariance holds: N² for the global filter, Σ n_g² decoupled. */
export function covarianceSize(model: Model, decoupled: boolean): number {
  if (!decoupled) return parameterCount(model) ** 2;
  return nodeGroups(model).reduce((s, g) => s + g.length * g.length, 0);
}

/** Throws, saying what to change, when `spec` cannot train `model`. */
export function checkEkf(model: Model, spec: EkfSpec): void {
  const why = rtrlModelProblem(model);
  if (why) {
    const jordan = model.head ? '' : ' (a Jordan network has none: its output is part of its cell)';
    throw new TrainingRefusal(
      { code: 'rtrlModel', algorithm: spec.kind, why },
      `${name(spec)} takes its Jacobians from RTRL, which here covers single-layer, ` +
        `unidirectional models with an output head${jordan}`,
    );
  }
  const { p0, r, q } = ekfOptions(spec);
  const noise = (which: 'p0' | 'r' | 'q', value: number, message: string) =>
    new TrainingRefusal({ code: 'ekfNoise', which, value }, message);
  if (!(Number.isFinite(p0) && p0 > 0))
    throw noise('p0', p0, `the EKF's p0 must be > 0, got ${p0}`);
  if (!(Number.isFinite(r) && r > 0)) throw noise('r', r, `the EKF's r must be > 0, got ${r}`);
  if (!(Number.isFinite(q) && q >= 0)) throw noise('q', q, `the EKF's q must be ≥ 0, got ${q}`);
  const n = parameterCount(model);
  const megabytes = (EKF_MAX_COVARIANCE * 8) / 1e6;
  if (spec.kind === 'ekf' && n > EKF_MAX_PARAMETERS)
    throw new TrainingRefusal(
      { code: 'ekfTooBig', parameters: n, limit: EKF_MAX_PARAMETERS, megabytes },
      `the EKF keeps an N × N covariance of the model's ${count(n)} trainable parameters; ` +
        `it trains at most ${count(EKF_MAX_PARAMETERS)} (a ${megabytes} MB ` +
        'covariance): try the decoupled EKF or a smaller model',
    );
  const size = spec.kind === 'dekf' ? covarianceSize(model, true) : 0;
  if (size > EKF_MAX_COVARIANCE)
    throw new TrainingRefusal(
      { code: 'dekfTooBig', entries: size, parameters: n, limit: EKF_MAX_COVARIANCE },
      `the decoupled EKF would keep ${count(size)} covariance entries for the model's ` +
        `${count(n)} trainable parameters; it keeps at most ${count(EKF_MAX_COVARIANCE)}: ` +
        'try a smaller model',
    );
}

/** One session step of the filter: a whole sequence, an update at every step with a target. */
export interface EkfSequenceTrainer {
  sequence(params: Float64Array, sample: Sample): StepReport;
  /** A fresh filter: the covariance back to p0 I. */
  reset(): void;
}

export function createEkfSequenceTrainer(model: Model, spec: EkfSpec): EkfSequenceTrainer {
  const options = ekfOptions(spec);
  let filter: EkfTrainer = createEkfTrainer(model, options);
  return {
    reset() {
      filter = createEkfTrainer(model, options);
    },
    sequence(params, sample) {
      filter.reset();
      let loss = 0;
      let steps = 0;
      let gradNorm = 0;
      for (let t = 0; t < sample.inputs.length; t++) {
        const target = sample.targets[t] ?? null;
        const step = filter.step(params, sample.inputs[t]!, target);
        if (target === null) continue;
        loss += step.loss;
        steps++;
        gradNorm = Math.max(gradNorm, step.gradNorm);
        if (!Number.isFinite(step.loss) || !Number.isFinite(step.gradNorm))
          return { loss: step.loss, count: steps, gradNorm: step.gradNorm, diverged: true };
      }
      return { loss: loss / Math.max(steps, 1), count: steps, gradNorm, diverged: false };
    },
  };
}
