import type { BackendFailure } from '../tf/backend';
import type { EngineKind } from './types';

/**
 * Why a session trains on the engine it does, and why an engine cannot train a model, as codes
 * with their values. No words here: the UI layer words each code in the reader's language
 * (src/ui/engineReasonText.ts, strings in src/i18n/<lang>/engineReasons.ts), so a Chinese page
 * never shows an English reason.
 */

/** One engine's measured training rate (steps per second); `scalar`: the wasm engine's scalar build. */
export interface MeasuredRate {
  readonly engine: EngineKind;
  readonly rate: number;
  readonly scalar?: boolean;
}

/** Why `engine` cannot train a session's model or algorithm (engineProblem). */
export type EngineProblem =
  /** RTRL, EKF, DEKF (and truncated BPTT on tfjs) run only on the typed arrays. */
  | {
      readonly code: 'algorithmOnlyCore';
      readonly algorithm: string;
      readonly engine: Exclude<EngineKind, 'core'>;
    }
  | { readonly code: 'jordanOnlyCore' }
  /** An LSTM variant (lstmVariants.ts), or the 1997 truncated gradient when `variant` is null. */
  | { readonly code: 'lstmVariantOnlyCore'; readonly variant: string | null }
  /** The core itself refuses the model: its own message (a programmer's error, never a reader's). */
  | { readonly code: 'modelRefused'; readonly message: string };

export type EngineReason =
  /** 'auto' started on the wasm engine at once and measures in the background. */
  | { readonly code: 'autoGuess' }
  /** 'auto' measured up front and picked the fastest. */
  | { readonly code: 'autoFastest'; readonly measured: readonly MeasuredRate[] }
  /** 'auto' measured while training and kept `engine`: the fastest, or within `margin` of it. */
  | {
      readonly code: 'autoKept';
      readonly engine: MeasuredRate;
      readonly measured: readonly MeasuredRate[];
      /** null: it is the fastest; else the share (0.1) the fastest had to beat it by. */
      readonly margin: number | null;
    }
  /** 'auto' measured while training and moved the session at `step`. */
  | {
      readonly code: 'autoSwitched';
      readonly step: number;
      readonly from: MeasuredRate;
      readonly to: MeasuredRate;
      readonly measured: readonly MeasuredRate[];
    }
  /** 'auto' on a model only the typed arrays train. */
  | { readonly code: 'autoOnlyCore'; readonly problem: EngineProblem }
  /** No WebAssembly SIMD here: the wasm engine runs its scalar build. */
  | { readonly code: 'scalarBuild' }
  /** The wasm engine's module could not load (no WebAssembly, or the loader's own message). */
  | { readonly code: 'wasmFailed'; readonly message: string | null }
  /** tfjs backends that did not start before the one training now (or before the typed arrays). */
  | { readonly code: 'backendsFailed'; readonly failures: readonly BackendFailure[] }
  /** WebGL's context was lost at step `lostAt`; training goes on on `engine` from step `from`. */
  | {
      readonly code: 'lostContext';
      readonly lostAt: number;
      readonly from: number;
      readonly engine: EngineKind;
    };

/** Every reason code and problem code: the list the wording tests check both languages against. */
export const ENGINE_REASON_CODES = [
  'autoGuess',
  'autoFastest',
  'autoKept',
  'autoSwitched',
  'autoOnlyCore',
  'scalarBuild',
  'wasmFailed',
  'backendsFailed',
  'lostContext',
] as const satisfies readonly EngineReason['code'][];

export const ENGINE_PROBLEM_CODES = [
  'algorithmOnlyCore',
  'jordanOnlyCore',
  'lstmVariantOnlyCore',
  'modelRefused',
] as const satisfies readonly EngineProblem['code'][];

// Fails the type check when a code is missing from its list.
const _everyReason: [Exclude<EngineReason['code'], (typeof ENGINE_REASON_CODES)[number]>] extends [
  never,
]
  ? true
  : never = true;
const _everyProblem: [
  Exclude<EngineProblem['code'], (typeof ENGINE_PROBLEM_CODES)[number]>,
] extends [never]
  ? true
  : never = true;

/** A session refused on the engine asked for: carries the problem for the reader's wording. */
export class EngineRefusedError extends Error {
  constructor(readonly problem: EngineProblem) {
    super(`engine refused: ${JSON.stringify(problem)}`);
    this.name = 'EngineRefusedError';
  }
}
