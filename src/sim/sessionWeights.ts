import { initParams, loadModel, type KeptRun, type Model } from '../core/model';
import { createRng } from '../core/rng';
import { resolveConfig, type ResolvedConfig } from './config';
import type { SessionConfig } from './types';

/** The weights a config's seed gives (both engines start, and reset, from these). */
export function initialWeightsOf(resolved: ResolvedConfig): Float64Array {
  const { config, model } = resolved;
  return initParams(model, config.seed, config.init, config.initOptions);
}

/** The weights a session built for `config` starts from. */
export function initialWeights(config: SessionConfig): Float64Array {
  return initialWeightsOf(resolveConfig(config));
}

/**
 * The run a restore of weights alone goes on as (a file or link without a training state): the
 * step count they were saved at, the loss average started at `loss` (theirs on the evaluation
 * batch), the data stream from its start; the optimiser starts fresh.
 */
export function weightsOnlyRun(config: SessionConfig, steps: number, loss: number): KeptRun {
  const { dataSeed, smoothing } = resolveConfig(config);
  // statsOf divides the average by 1 − β^steps: this reads back as `loss`.
  const ema = steps > 0 ? loss * (1 - smoothing ** steps) : 0;
  const rng = createRng(dataSeed).state();
  return { steps, symbols: 0, ema, lastLoss: loss, lastGradNorm: NaN, rng, position: 0 };
}

/**
 * A copy of `weights` checked for `model`: the right count, all finite (else throws, with what is
 * wrong), and frozen entries — a clockwork RNN's masked weights — set to zero.
 */
export function checkedWeights(model: Model, weights: ArrayLike<number>): Float64Array {
  const size = model.layout.size;
  if (weights.length !== size)
    throw new Error(`this model has ${size} weights; ${weights.length} were given`);
  const copy = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const w = weights[k]!;
    if (!Number.isFinite(w)) throw new Error(`weight ${k} is ${w}; weights must be finite numbers`);
    copy[k] = model.frozen?.[k] ? 0 : w;
  }
  return copy;
}

/** The weights of a saved-model file, which must hold the same model spec as `model`. */
export function weightsFromFile(model: Model, json: string): Float64Array {
  const saved = loadModel(json);
  if (canonical(saved.model.spec) !== canonical(model.spec))
    throw new Error(
      'the file holds a different model from this session’s ' +
        `(file: ${describeModel(saved.model)}; session: ${describeModel(model)})`,
    );
  return saved.params;
}

/** JSON with sorted keys, so two specs compare equal whatever order their fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function describeModel(model: Model): string {
  const s = model.spec;
  return `${s.cell.kind} ${s.inputSize}→${s.hiddenSize}→${s.outputSize}, ${s.layers} layer(s)${
    s.bidirectional ? ', bidirectional' : ''
  }`;
}
