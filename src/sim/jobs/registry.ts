import {
  charModelFileJob,
  prepareTextJob,
  textScoreJob,
  weightsViewJob,
} from '../../core/charModel';
import { connectivityJob } from '../../core/diagnostics';
import {
  clockGradientSteps,
  clockworkWaveExperiment,
  forgetGateExperiment,
  gradientColumnJob,
  counterExperiment,
  esnPlaygroundStep,
  latchExperiment,
  longLagExperiment,
  measureJacobianSteps,
  minCharRnnRun,
  peepholeExperiment,
  raceRounds,
  runEchoStateExperiment,
  variantAblation,
  watchModel,
} from '../../core/experiments';
import { gradientCheckJob } from '../gradientCheckJob';
import {
  functionJob,
  generatorJob,
  type FunctionJob,
  type GeneratorJob,
  type JobDefinition,
} from './types';

/**
 * Every kind of background job, by name: the one list the shared worker (simWorker.ts) and the
 * main-thread runner look kinds up in. A job is pure code of src/core; adding one is one line.
 */
export const jobKinds = {
  /** Hochreiter & Schmidhuber's latch experiment, a run per pause point (Latch). */
  latch: generatorJob(latchExperiment),
  /** Jaeger's sine generator and the echo-state experiment, in one go (EchoState). */
  echoState: functionJob(runEchoStateExperiment),
  /** ‖∂s_T/∂s_k‖ against the lag with its two bounds, a lag per pause point (GradientFlow). */
  gradientFlow: generatorJob(measureJacobianSteps),
  /** Each time step's share of ∂E/∂W with given weights: a heatmap column (GradientFlow). */
  flowGradientColumn: functionJob(gradientColumnJob),
  /** A clockwork RNN's per-module ‖∂s_T/∂s_k‖ beside an SRN's, a lag per pause point (ClockGradient). */
  clockGradient: generatorJob(clockGradientSteps),
  /** Five training algorithms racing, a round per pause point, until stopped (AlgorithmRace). */
  algorithmRace: generatorJob((settings: Parameters<typeof raceRounds>[0]) => raceRounds(settings)),
  /** The 1997 cell against the forget-gate cell on the continual Reber stream, a run per pause point (ForgetGate). */
  forgetGate: generatorJob(forgetGateExperiment),
  /** The LSTM with and without peepholes on spike timing, a run per pause point (Peepholes). */
  peepholes: generatorJob(peepholeExperiment),
  /** Greff et al.'s LSTM variants trained from several seeds, a run per pause point (Variants). */
  variantAblation: generatorJob(variantAblation),
  /** A character model's mean cross-entropy over a whole text, in chunks (CharRNN). */
  charTextScore: generatorJob(textScoreJob),
  /** A training text cut, its vocabulary capped and checked (CharRNN). */
  charPrepareText: functionJob(prepareTextJob),
  /** A sample and the hidden states over a probe text, from one set of weights (CharRNN). */
  charWeightsView: functionJob(weightsViewJob),
  /** A saved character model's file parsed and checked against the text's symbols (CharRNN). */
  charModelFile: functionJob(charModelFileJob),
  /** ‖∂z_t/∂x_k‖ for one output step t of a character model over a text (CharRNN). */
  charConnectivity: generatorJob(connectivityJob),
  /** SRN, GRU and LSTM on the adding problem over seeded runs, a check per pause point (LongLag). */
  longLag: generatorJob(longLagExperiment),
  /** LSTM and GRU trained on aⁿbⁿ(cⁿ) and tested far beyond, a chunk per pause point (Counter). */
  counter: generatorJob(counterExperiment),
  /** CW-RNN, SRN and LSTM at one parameter budget learning a waveform, an update each per pause point (ClockworkWave). */
  clockworkWave: generatorJob(clockworkWaveExperiment),
  /** BPTT against finite differences (float64, float32) and tfjs autodiff, an entry per pause point (GradientCheck). */
  gradientCheck: generatorJob(gradientCheckJob),
  /** Karpathy's min-char-rnn, the chapter's hand-written code beside the engine, an iteration per pause point (MinCharRNN). */
  minCharRnn: generatorJob(minCharRnnRun),
  /** One set of weights on held-out samples: metric, predictions, gates, ‖∂E/∂s_t‖, BPTT against RTRL (Playground). */
  playgroundWatch: functionJob(watchModel),
  /** An echo state network's readout refit with a step's new sequences, read on held-out ones (Playground). */
  playgroundEsn: functionJob(esnPlaygroundStep),
} as const;

export type JobKind = keyof typeof jobKinds;

type DefinitionOf<K extends JobKind> = (typeof jobKinds)[K];
export type JobInput<K extends JobKind> = Parameters<DefinitionOf<K>['run']>[0];
export type JobProgress<K extends JobKind> =
  DefinitionOf<K> extends GeneratorJob<never, infer P, unknown> ? P : never;
export type JobResult<K extends JobKind> =
  DefinitionOf<K> extends GeneratorJob<never, unknown, infer R>
    ? R
    : DefinitionOf<K> extends FunctionJob<never, infer R>
      ? R
      : never;

/** Finds a kind's definition; tests pass their own kinds (see JobOptions.definitions). */
export type DefinitionLookup = (kind: string) => JobDefinition<unknown, unknown, unknown>;

/** The definition of a kind, or a message saying there is none (a name from elsewhere). */
export const definitionOf: DefinitionLookup = (kind) => {
  if (!Object.hasOwn(jobKinds, kind)) throw new Error(`no job of kind “${kind}”`);
  return jobKinds[kind as JobKind] as unknown as JobDefinition<unknown, unknown, unknown>;
};
