import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EngineRequest, SessionConfig, SessionOptions } from '../../sim';
import type { EngineBadgeProps } from '../../ui/EngineBadge';
import { TrainingController, type TrainingSnapshot } from './trainingController';
import { useEngineBadge } from './useEngineBadge';

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

  const { engine, state, progress, requestedEngine, error, webglLost } = snapshot;
  const badge = useEngineBadge({
    config,
    engine,
    requested: requestedEngine,
    error,
    running: state === 'running',
    symbolsPerSecond: progress?.symbolsPerSecond ?? null,
    webglLost,
    unit,
    onChange: controller.setEngine,
  });
  return { ...snapshot, setEngine: controller.setEngine, badge };
}
