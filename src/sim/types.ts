import type { InitOptions, InitScheme, ModelSpec, Sample } from '../core/model';
import type { TrainOptions } from '../core/train';

/**
 * The public vocabulary of a training session: what a widget configures, the states a session
 * passes through and the events it delivers. Everything here is plain data (structured-clone
 * safe), because the same config and events cross the worker boundary.
 */

/**
 * The extended Kalman filter's settings (src/core/train/ekf.ts; defaults its defaultEkfOptions):
 * the initial covariance P0 = p0 I, the measurement noise R = r I and the process noise Q = q I.
 */
export interface EkfSettings {
  readonly p0?: number;
  readonly r?: number;
  readonly q?: number;
}

/**
 * How the weights learn. TBPTT and RTRL update them online, inside a sequence; so do the
 * extended Kalman filter ('ekf', one covariance over every weight) and its node-decoupled form
 * ('dekf', one covariance per neuron), which take RTRL's Jacobians and need no optimiser.
 */
export type AlgorithmSpec =
  | { readonly kind: 'bptt' }
  | { readonly kind: 'tbptt'; readonly k1: number; readonly k2: number }
  | { readonly kind: 'rtrl' }
  | ({ readonly kind: 'ekf' | 'dekf' } & EkfSettings);

/**
 * Where training sequences come from:
 * - a task of `src/core/tasks/registry.ts` by name, sampled with a seeded Rng;
 * - explicit samples (e.g. a text corpus cut into sequences), drawn at random with the seeded
 *   Rng or taken in order (`cycle`).
 */
export type DataSource =
  | {
      readonly kind: 'task';
      readonly name: string;
      readonly params?: Readonly<Record<string, unknown>>;
    }
  | {
      readonly kind: 'samples';
      readonly samples: readonly Sample[];
      readonly order?: 'random' | 'cycle';
    };

export interface SessionConfig {
  readonly spec: ModelSpec;
  /** Seeds the initial weights; reset() draws the same weights again. */
  readonly seed: number;
  readonly init?: InitScheme;
  readonly initOptions?: InitOptions;
  readonly train: TrainOptions;
  /** Default BPTT. */
  readonly algorithm?: AlgorithmSpec;
  readonly data: DataSource;
  /** Sequences per update (BPTT only; the online algorithms take one sequence per step). Default 1. */
  readonly batchSize?: number;
  /** Seeds the data stream; by default derived from `seed`. */
  readonly dataSeed?: number;
  /**
   * A step whose gradient norm (before clipping, mean per target step) exceeds this counts as
   * diverged: the session stops and keeps the weights from before the step. Default 1e6;
   * `Infinity` turns the check off (non-finite losses and gradients always stop the session).
   */
  readonly maxGradNorm?: number;
  /** Weight of the past in the loss's exponential moving average, in [0, 1). Default 0.95. */
  readonly smoothing?: number;
}

/**
 * One training step of a session: one update from a batch for BPTT; one sequence for TBPTT
 * (an update per chunk) and RTRL (an update per target step).
 */
export interface StepOutcome {
  /** Mean loss per target step of the step's sequences. */
  readonly loss: number;
  /** Gradient norm before clipping (the largest of the step's updates for online algorithms). */
  readonly gradNorm: number;
  /** Set when the step diverged and was undone. */
  readonly diverged: string | null;
}

/** Why and where training stopped on a diverging step, and which weights it kept. */
import type { LostContext } from './stepMessages';

/**
 * What went wrong on a diverging step: the loss or the gradient norm became `value` (NaN, ±∞),
 * the gradient norm passed the session's `limit`, a step reported a non-finite number
 * ('nonFinite'), or a weight did ('weight'). Codes: the UI words them.
 */
export type DivergenceProblem =
  | { readonly code: 'loss' | 'gradNorm'; readonly value: number }
  | { readonly code: 'gradLimit'; readonly value: number; readonly limit: number }
  | { readonly code: 'nonFinite' | 'weight' };

export interface Divergence {
  /** In English, naming the session's own step count (logs, tests); the UI words the parts. */
  readonly message: string;
  /** The step that diverged (the session's count). */
  readonly step: number;
  readonly problem: DivergenceProblem;
  /** The step whose weights the session now holds (the session's count). */
  readonly keptStep: number;
  /**
   * Which weights: those from before the diverging step, the last checkpoint's (tfjs), or the
   * guard's anchor — restored because the others scored worse (GoodWeights).
   */
  readonly kept: 'before' | 'checkpoint' | 'anchor';
  /** Whether the session clips the gradient (the advice does not suggest it then). */
  readonly clipping: boolean;
}

/** What the progress events report; all counters restart at reset(). */
export interface ProgressInfo {
  /** Steps completed (see StepOutcome for what one step is). */
  readonly step: number;
  /** Loss of the latest step. */
  readonly loss: number;
  /** Bias-corrected exponential moving average of the per-step loss. */
  readonly lossSmoothed: number;
  readonly gradNorm: number;
  /** Over the time since the previous progress event, counting running time only. */
  readonly stepsPerSecond: number;
  /** Running time since the last reset, paused time excluded. */
  readonly elapsedMs: number;
  /**
   * Symbols (time steps of the training sequences, all sequences of the batch) per second:
   * stepsPerSecond × batch × T — what a character model calls characters per second.
   */
  readonly symbolsPerSecond: number;
}

/**
 * What trains a session: the typed-array engine ('core'), our WebAssembly engine ('simd':
 * float32 f32x4 kernels, src/wasm, or its scalar build where SIMD is missing), or the tfjs
 * engine on one of its backends ('webgl', 'wasm' — tfjs's WASM backend — and 'cpu'). 'auto'
 * measures the candidates on this device (src/sim/engineChoice.ts).
 */
export type EngineKind = 'core' | 'simd' | 'webgl' | 'wasm' | 'cpu';
export type EngineRequest = 'auto' | EngineKind;

import type { EngineReason } from './engineReasons';

/** Which engine a session trains on now, where, and why that one. */
export interface EngineInfo {
  readonly engine: EngineKind;
  readonly requested: EngineRequest;
  /** 'worker': a Web Worker (with OffscreenCanvas for WebGL); 'thread': main-thread slices. */
  readonly where: 'worker' | 'thread';
  /**
   * Why the session is not on the requested engine (a fallback, a lost WebGL context) or how
   * 'auto' chose, as codes the UI words; empty when it runs exactly what was asked for.
   */
  readonly reasons: readonly EngineReason[];
  /**
   * 'requested': the engine asked for; 'auto': measured as the fastest; 'fallback': the
   * requested one could not start; 'lost-context': moved off WebGL after its context was lost.
   */
  readonly cause: 'requested' | 'auto' | 'fallback' | 'lost-context';
  /** After a lost context: the step it was lost at and the step training goes on from. */
  readonly lostContext?: LostContext;
  /** On the 'simd' engine: which build runs ('scalar' where this browser has no WASM SIMD). */
  readonly wasmBuild?: 'simd' | 'scalar';
}

export type SessionState = 'idle' | 'running' | 'paused' | 'diverged' | 'error' | 'disposed';

/**
 * Why a session left 'running' (or never got there): the reader paused it, step(n) finished,
 * another session took over, its widget or tab is hidden, or reset()/setWeights()/load() ran
 * ('restored': setWeights() with a kept run, whose counters a progress event says next).
 */
export type StateReason =
  'reader' | 'done' | 'preempted' | 'hidden' | 'reset' | 'weights' | 'restored';

export type SessionEvent =
  | ({ readonly type: 'progress' } & ProgressInfo)
  | { readonly type: 'state'; readonly state: SessionState; readonly reason?: StateReason }
  | ({ readonly type: 'diverged' } & Divergence)
  | { readonly type: 'error'; readonly message: string }
  /** The session started on an engine, or moved to another one (fallback, lost WebGL context). */
  | ({ readonly type: 'engine' } & EngineInfo);

export type SessionListener = (event: SessionEvent) => void;
