/**
 * Hyper-parameters of a leaky-integrator echo state network (Jaeger 2001, "The 'echo state'
 * approach to analysing and training recurrent neural networks", GMD Report 148; Jaeger et al.
 * 2007 for the leaky integrator; Lukoševičius 2012, "A practical guide to applying echo state
 * networks", for the names and typical ranges used below).
 */

/** Everything that determines an ESN, its training and (with `seed`) its random weights. */
export interface EsnConfig {
  /** K, the number of input channels (0 for a pure output-feedback generator). */
  readonly inputSize: number;
  /** N, the number of reservoir units. */
  readonly reservoirSize: number;
  /** L, the number of output channels. */
  readonly outputSize: number;
  /** ρ: W is rescaled so that its spectral radius max|λ(W)| is exactly this. */
  readonly spectralRadius: number;
  /** Fraction of reservoir weights that are zero, in [0, 1) (e.g. 0.9 keeps 10%). */
  readonly sparsity: number;
  /** Input weights are uniform in [−inputScaling, inputScaling]. */
  readonly inputScaling: number;
  /** Bias weights (the first column of W_in) are uniform in [−biasScaling, biasScaling]. */
  readonly biasScaling: number;
  /** Leak rate a ∈ (0, 1]: x_t = (1 − a) x_{t−1} + a tanh(…); a = 1 is the plain ESN. */
  readonly leakRate: number;
  /** Feed the previous output y_{t−1} back into the reservoir through W_fb. */
  readonly outputFeedback?: boolean;
  /** Feedback weights are uniform in [−feedbackScaling, feedbackScaling] (default 1). */
  readonly feedbackScaling?: number;
  /** Ridge (Tikhonov) regularisation λ ≥ 0 of the readout fit. */
  readonly ridge: number;
  /** Initial steps whose states are discarded before fitting the readout (initial transient). */
  readonly washout: number;
  /** Seed of the random weights when no Rng is passed to createEsn. */
  readonly seed: number;
}

/** Middle-of-the-road defaults in the ranges Lukoševičius (2012, §3.2) recommends. */
export const defaultEsnConfig: EsnConfig = {
  inputSize: 1,
  reservoirSize: 100,
  outputSize: 1,
  spectralRadius: 0.9,
  sparsity: 0.9,
  inputScaling: 1,
  biasScaling: 0.2,
  leakRate: 1,
  outputFeedback: false,
  feedbackScaling: 1,
  ridge: 1e-6,
  washout: 100,
  seed: 1,
};

const isCount = (v: number, min: number) => Number.isInteger(v) && v >= min;

/** Throws an Error naming the first invalid field; returns the config unchanged otherwise. */
export function validateEsnConfig(c: EsnConfig): EsnConfig {
  const fail = (field: string, why: string, value: unknown) => {
    throw new Error(`EsnConfig.${field} ${why}, got ${String(value)}`);
  };
  if (!isCount(c.inputSize, 0)) fail('inputSize', 'must be an integer ≥ 0', c.inputSize);
  if (!isCount(c.reservoirSize, 1))
    fail('reservoirSize', 'must be an integer ≥ 1', c.reservoirSize);
  if (!isCount(c.outputSize, 1)) fail('outputSize', 'must be an integer ≥ 1', c.outputSize);
  if (!(c.spectralRadius >= 0 && Number.isFinite(c.spectralRadius)))
    fail('spectralRadius', 'must be finite and ≥ 0', c.spectralRadius);
  if (!(c.sparsity >= 0 && c.sparsity < 1)) fail('sparsity', 'must be in [0, 1)', c.sparsity);
  if (!(c.inputScaling >= 0)) fail('inputScaling', 'must be ≥ 0', c.inputScaling);
  if (!(c.biasScaling >= 0)) fail('biasScaling', 'must be ≥ 0', c.biasScaling);
  if (!(c.leakRate > 0 && c.leakRate <= 1)) fail('leakRate', 'must be in (0, 1]', c.leakRate);
  if (c.feedbackScaling !== undefined && !(c.feedbackScaling >= 0))
    fail('feedbackScaling', 'must be ≥ 0', c.feedbackScaling);
  if (!(c.ridge >= 0)) fail('ridge', 'must be ≥ 0', c.ridge);
  if (!isCount(c.washout, 0)) fail('washout', 'must be an integer ≥ 0', c.washout);
  if (!Number.isFinite(c.seed)) fail('seed', 'must be a finite number', c.seed);
  return c;
}
