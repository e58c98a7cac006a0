import { nmse } from '../metrics';
import { createModel, forward, initParams, type Model } from '../model';
import { blockView } from '../params';
import { createRng, uniform } from '../rng';
import { DEFAULT_CONTROL_POINTS, waveTarget, type Sample, type WaveTargetKind } from '../tasks';
import { createTrainer, type Trainer } from '../train';
import {
  equalBudgetSizes,
  exponentialPeriods,
  WAVE_MODELS,
  type SizedModel,
  type WaveModelKind,
} from './equalBudget';
import { moduleContributions } from './moduleContributions';
import type { Snapshot } from './snapshot';

/**
 * Free-running generation after Koutník et al. (2014), as we run it (their setup we could not
 * read): a CW-RNN, an SRN and an LSTM at an equal parameter budget get NO input and learn to
 * output a 320-step target from their own dynamics, trained by BPTT over the whole sequence
 * (Adam, gradient norm clipped at 1). The ClockworkWave figure and `npm run repro` both run it.
 */
export interface WaveSettings {
  /** Parameters each network may have (each gets the hidden size closest to it). */
  readonly budget: number;
  /** Clockwork modules, with periods 1, 2, 4, …, 2^(modules−1). */
  readonly modules: number;
  readonly target: WaveTargetKind;
  /** The drawn target's control points (used when target is 'drawn'). */
  readonly points: readonly number[];
  /** Training iterations of each network, one BPTT update over the whole sequence each. */
  readonly iterations: number;
  readonly lr: number;
  readonly seed: number;
}

/**
 * The figure's defaults, which `npm run repro` runs at several budgets: one seed, 1,000 updates
 * of each network, Adam at 0.01 for all three (no architecture tuned apart).
 */
export const DEFAULT_WAVE_SETTINGS: WaveSettings = {
  budget: 250,
  modules: 6,
  target: 'multi',
  points: DEFAULT_CONTROL_POINTS,
  iterations: 1000,
  lr: 0.01,
  seed: 1,
};

/** A learning curve keeps a point every this many iterations (at most ~500 points a model). */
export const curveEvery = (iterations: number) => Math.max(1, Math.ceil(iterations / 500));

export interface WaveModelState {
  readonly kind: WaveModelKind;
  readonly hiddenSize: number;
  readonly parameters: number;
  /** NMSE of the output over the target after the latest update. */
  readonly nmse: number;
  /** The network's output at every step. */
  readonly output: readonly number[];
  /** Learning curve: NMSE before update `iterations[k]` (every curveEvery iterations). */
  readonly curve: { readonly iterations: readonly number[]; readonly nmse: readonly number[] };
}

export interface WaveProgress {
  /** Iterations done by every network. */
  readonly iteration: number;
  readonly models: Readonly<Record<WaveModelKind, WaveModelState>>;
  /** The clockwork network's modules' contributions V^(i) s_t^(i), fastest first. */
  readonly contributions: readonly (readonly number[])[];
  readonly periods: readonly number[];
  /** The head's bias c: the output is the contributions' sum plus c. */
  readonly bias: number;
}

export type WaveResult = WaveProgress;

/** The input-free training sequence for a target. */
export function generationSample(target: Float64Array): Sample {
  return {
    inputs: Array.from(target, () => new Float64Array(0)),
    targets: Array.from(target, (v) => Float64Array.of(v)),
  };
}

/**
 * A network with its initial weights. With no input and zero biases its state would stay at
 * zero forever, so the recurrent layer's biases start uniform in ±0.5.
 */
export function waveNetwork(
  sized: SizedModel,
  seed: number,
): { model: Model; params: Float64Array } {
  const model = createModel(sized.spec);
  const params = initParams(model, seed);
  const rng = createRng(seed + 17);
  for (const b of model.layout.blocks) {
    if (b.cols === 1 && !b.name.startsWith('head.'))
      blockView(params, b).forEach((_, k, v) => (v[k] = uniform(rng, -0.5, 0.5)));
  }
  return { model, params };
}

interface Run {
  readonly sized: SizedModel;
  readonly model: Model;
  readonly params: Float64Array;
  readonly trainer: Trainer;
  readonly curve: { iterations: number[]; nmse: number[] };
}

/** The three networks set up for one setting, before or during training. */
export interface WaveRuns {
  readonly target: Float64Array;
  readonly sample: Sample;
  readonly periods: readonly number[];
  readonly runs: readonly Run[];
  /** NMSE from the trainer's reported loss, the mean of ½(y_t − d_t)² over the steps. */
  readonly toNmse: (halfMse: number) => number;
}

export function createWaveRuns(settings: WaveSettings): WaveRuns {
  const periods = exponentialPeriods(settings.modules);
  const target = waveTarget(settings.target, settings.points);
  const mean = target.reduce((a, v) => a + v, 0) / target.length;
  const variance = target.reduce((a, v) => a + (v - mean) ** 2, 0) / target.length;
  const sizes = equalBudgetSizes(settings.budget, periods);
  const runs = WAVE_MODELS.map((kind) => {
    const sized = sizes[kind];
    const { model, params } = waveNetwork(sized, settings.seed);
    const trainer = createTrainer(model, {
      optimiser: { kind: 'adam', lr: settings.lr },
      clipNorm: 1,
    });
    return { sized, model, params, trainer, curve: { iterations: [], nmse: [] } };
  });
  return {
    target,
    sample: generationSample(target),
    periods,
    runs,
    toNmse: (halfMse) => (2 * halfMse) / variance,
  };
}

/** Where the networks stand: outputs, NMSE, curves and the clockwork modules' contributions. */
export function waveProgress(w: WaveRuns, iteration: number): WaveProgress {
  const targets = Array.from(w.target, (v) => [v]);
  const models = Object.fromEntries(
    w.runs.map((r) => {
      const output = forward(r.model, r.params, w.sample.inputs).logits.map((z) => z[0]!);
      const state: WaveModelState = {
        kind: r.sized.kind,
        hiddenSize: r.sized.hiddenSize,
        parameters: r.sized.parameters,
        nmse: nmse(
          output.map((v) => [v]),
          targets,
        ),
        output,
        curve: { iterations: r.curve.iterations.slice(), nmse: r.curve.nmse.slice() },
      };
      return [r.sized.kind, state];
    }),
  ) as Record<WaveModelKind, WaveModelState>;
  const cw = w.runs[WAVE_MODELS.indexOf('clockwork')]!;
  const parts = moduleContributions(cw.model, cw.params, w.sample.inputs);
  return {
    iteration,
    models,
    contributions: parts.modules.map((m) => m.map((z) => z[0]!)),
    periods: w.periods,
    bias: parts.bias[0]!,
  };
}

/** Every network learns the same target, one update each in turn, one pause point per round. */
export function* clockworkWaveExperiment(
  settings: WaveSettings,
): Generator<Snapshot<WaveProgress>, WaveResult, void> {
  const w = createWaveRuns(settings);
  const every = curveEvery(settings.iterations);
  for (let i = 0; i < settings.iterations; i++) {
    for (const r of w.runs) {
      const report = r.trainer.bpttStep(r.params, [w.sample]);
      if (i % every === 0) {
        r.curve.iterations.push(i);
        r.curve.nmse.push(w.toNmse(report.loss));
      }
    }
    const done = i + 1;
    yield () => waveProgress(w, done);
  }
  return waveProgress(w, settings.iterations);
}

/** Runs the experiment to its end (no pauses): the repro and tests. */
export function runClockworkWave(settings: WaveSettings): WaveResult {
  const gen = clockworkWaveExperiment(settings);
  let step = gen.next();
  while (!step.done) step = gen.next();
  return step.value;
}

/** The architectures from lowest NMSE to highest. */
export function waveOrdering(result: WaveResult): WaveModelKind[] {
  return [...WAVE_MODELS].sort((a, b) => result.models[a].nmse - result.models[b].nmse);
}
