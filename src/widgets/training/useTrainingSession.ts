import { useEffect, type RefObject } from 'react';
import type { EngineRequest, SessionConfig, SessionOptions } from '../../sim';
import type { EngineBadgeProps } from '../../ui/EngineBadge';
import { SessionController, type SessionSnapshot } from './sessionController';
import { useEngineBadge } from './useEngineBadge';
import { useSessionController } from './useSessionController';

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
  /** The figure's element: training holds while it is off screen. */
  readonly root?: RefObject<Element | null>;
}

export interface TrainingSessionHandle extends SessionSnapshot {
  readonly controller: SessionController;
  setEngine(engine: EngineRequest): void;
  /** Ready for `<EngineBadge {...badge} />`. */
  readonly badge: EngineBadgeProps;
}

export function useTrainingSession(
  config: SessionConfig,
  options: TrainingSessionHookOptions = {},
): TrainingSessionHandle {
  const { controller, snapshot } = useSessionController(() => {
    const { engine = 'core', unit: _unit, root: _root, ...session } = options;
    return new SessionController(config, { engine, session });
  }, options.root);
  useEffect(() => void controller.configure(config), [controller, config]);

  const { engine, state, progress, requestedEngine, error, webglLost } = snapshot;
  const badge = useEngineBadge({
    config,
    engine,
    requested: requestedEngine,
    error,
    running: state === 'running',
    symbolsPerSecond: progress?.symbolsPerSecond ?? null,
    webglLost,
    unit: options.unit ?? 'symbols',
    onChange: controller.setEngine,
  });
  return { ...snapshot, controller, setEngine: controller.setEngine, badge };
}
