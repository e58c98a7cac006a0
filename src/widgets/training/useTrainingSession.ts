import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  engineProblem,
  missingEngines,
  resolveConfig,
  type EngineKind,
  type EngineRequest,
  type SessionConfig,
  type SessionOptions,
} from '../../sim';
import type { EngineBadgeProps } from '../../ui/EngineBadge';
import { useStrings } from '../../ui/LangContext';
import { TrainingController, type TrainingSnapshot } from './trainingController';

/**
 * One line to give a widget a training session and its engine badge:
 *
 *   const training = useTrainingSession(config, { engine: 'auto', unit: 'chars' });
 *   …
 *   <EngineBadge {...training.badge} />
 *
 * The session is created for `config` (memoise it: a new config object makes a fresh session)
 * and disposed on unmount. `setEngine` — what the badge's select calls — rebuilds the session on
 * another engine and carries the reader's work over: the weights (getWeights → setWeights), the
 * step count, and whether it was training. Options are read once, when the hook first runs.
 */
export interface TrainingSessionHookOptions extends Omit<SessionOptions, 'engine'> {
  /** The engine to start on; default 'core'. The reader can change it with setEngine. */
  readonly engine?: EngineRequest;
  /** How the badge names the rate: 'chars' for character models; default 'symbols'. */
  readonly unit?: 'chars' | 'symbols';
}

export interface TrainingSessionHandle extends TrainingSnapshot {
  setEngine(engine: EngineRequest): void;
  /** Ready for `<EngineBadge {...badge} />`. */
  readonly badge: EngineBadgeProps;
}

export function useTrainingSession(
  config: SessionConfig,
  options: TrainingSessionHookOptions = {},
): TrainingSessionHandle {
  const t = useStrings().engineBadge;
  const [controller] = useState(() => {
    const { engine = 'core', unit: _unit, ...sessionOptions } = options;
    return new TrainingController(config, sessionOptions, engine);
  });
  const [unit] = useState(options.unit ?? 'symbols');
  useEffect(() => controller.setConfig(config), [controller, config]);
  const snapshot = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot,
    controller.getSnapshot,
  );

  const { webglLost } = snapshot;
  const unavailable = useMemo(() => {
    const out: Partial<Record<EngineKind, string>> = {};
    const missing = missingEngines();
    if (missing.webgl) out.webgl = t.noWebgl;
    if (missing.wasm) out.wasm = t.noWasm;
    if (webglLost) out.webgl = t.lost;
    if (onlyOnCore(config)) for (const e of ['webgl', 'wasm', 'cpu'] as const) out[e] = t.onlyCore;
    return out;
  }, [config, webglLost, t]);

  const { engine, state, progress, requestedEngine, error } = snapshot;
  const failed = engine === null && error !== null;
  const badge: EngineBadgeProps = {
    engine: engine?.engine ?? null,
    requested: requestedEngine,
    reason: failed ? error : (engine?.reason ?? null),
    failed,
    where: engine?.where ?? null,
    symbolsPerSecond: state === 'running' ? (progress?.symbolsPerSecond ?? null) : null,
    unit,
    unavailable,
    onChange: controller.setEngine,
  };
  return { ...snapshot, setEngine: controller.setEngine, badge };
}

/** Whether only the typed-array engine can train `config` (TBPTT, RTRL, Jordan networks). */
function onlyOnCore(config: SessionConfig): boolean {
  try {
    return engineProblem(resolveConfig(config), 'cpu') !== null;
  } catch {
    return false; // a refused config is reported through `error`
  }
}
