import { useMemo } from 'react';
import {
  engineProblem,
  missingEngines,
  resolveConfig,
  type EngineInfo,
  type EngineKind,
  type EngineRequest,
  type SessionConfig,
} from '../../sim';
import type { EngineBadgeProps } from '../../ui/EngineBadge';
import { engineReasonsText } from '../../ui/engineReasonText';
import { useLang, useStrings } from '../../ui/LangContext';

/** What a widget knows about its session, for the engine badge. */
export interface EngineBadgeInput {
  /** The session's config (null before there is one): decides which engines can train it. */
  readonly config: SessionConfig | null;
  readonly engine: EngineInfo | null;
  readonly requested: EngineRequest;
  /** Why the session stopped or was refused; with no engine, the badge says it failed. */
  readonly error: string | null;
  readonly running: boolean;
  readonly symbolsPerSecond: number | null;
  /** WebGL's context was lost on this page: WebGL is offered no more. */
  readonly webglLost: boolean;
  readonly unit: 'chars' | 'symbols';
  readonly onChange: (engine: EngineRequest) => void;
}

/**
 * The EngineBadge's props from a session's state: the engines this browser or this model cannot
 * use are disabled with the reason, the rate shows only while training. Used by
 * useTrainingSession and by widgets that keep their own snapshot over a SessionController (CharRNN).
 */
export function useEngineBadge(input: EngineBadgeInput): EngineBadgeProps {
  const strings = useStrings();
  const t = strings.engineBadge;
  const lang = useLang();
  const { config, webglLost } = input;
  const unavailable = useMemo(() => {
    const out: Partial<Record<EngineKind, string>> = {};
    const missing = missingEngines();
    if (missing.webgl) out.webgl = missing.webgl === 'noWebgl' ? t.noWebgl : t.noWebglContext;
    if (missing.wasm) out.wasm = t.noWasm;
    if (missing.simd) out.simd = t.noWasm;
    if (webglLost) out.webgl = t.lost;
    if (config && onlyOnCore(config, 'cpu'))
      for (const e of ['webgl', 'wasm', 'cpu'] as const) out[e] = t.onlyCore;
    if (config && !missing.simd && onlyOnCore(config, 'simd')) out.simd = t.onlyCore;
    return out;
  }, [config, webglLost, t]);
  const { engine, error } = input;
  const failed = engine === null && error !== null;
  return {
    engine: engine?.engine ?? null,
    requested: input.requested,
    reason: failed
      ? error
      : engine
        ? engineReasonsText(engine.reasons, strings.engineReasons, lang)
        : null,
    failed,
    where: engine?.where ?? null,
    symbolsPerSecond: input.running ? input.symbolsPerSecond : null,
    unit: input.unit,
    unavailable,
    onChange: input.onChange,
    scalar: engine?.wasmBuild === 'scalar',
  };
}

/** Whether `engine` cannot train `config` (for tfjs: TBPTT, RTRL, Jordan networks; for 'simd': RTRL, EKF and DEKF). */
function onlyOnCore(config: SessionConfig, engine: 'cpu' | 'simd'): boolean {
  try {
    return engineProblem(resolveConfig(config), engine) !== null;
  } catch {
    return false; // a refused config is reported through the error
  }
}
