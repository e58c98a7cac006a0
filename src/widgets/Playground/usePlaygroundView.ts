import { useEffect, useMemo, type RefObject } from 'react';
import { metricKind } from '../../core/experiments';
import { useWidgetBusy, useWidgetProps } from '../host/context';
import { SessionController } from '../training/sessionController';
import { useEngineBadge } from '../training/useEngineBadge';
import { useSessionController } from '../training/useSessionController';
import { compose, heldOutSamples } from './compose';
import { runKeyOf } from './presetStory';
import type { PlaygroundSettings } from './settings';
import { modelDiagram } from './diagram';
import { emptyHistory, heldOutCount, historyReducer, type Evaluator } from './history';
import { playgroundMeta } from './meta';
import { useWatchJob } from './watch/useWatchJob';

/**
 * The Playground's logic: the settings composed into a session config (or refused with the
 * engine's reason), one training session over a SessionController (held while off screen or
 * in a hidden tab), the loss and metric history, and what the pictures draw.
 */
export function usePlaygroundView(root: RefObject<Element | null>) {
  const [props, setProps] = useWidgetProps(playgroundMeta);
  // Composed once per run (runKeyOf): raising the step budget trains on, the axis keeps the run.
  const runKey = runKeyOf(props);
  const composition = useMemo(() => compose(JSON.parse(runKey) as PlaygroundSettings), [runKey]);
  const composed = composition.ok ? composition : null;
  const config = composed?.config ?? null;

  const evaluator = useMemo<Evaluator | null>(
    () =>
      composed && {
        model: composed.model,
        samples: heldOutSamples(
          composed.task,
          props.seed,
          heldOutCount(composed.parameterCount, composed.sampleLength),
        ),
        kind: metricKind(composed.task),
      },
    [composed, props.seed],
  );
  const { controller, snapshot } = useSessionController(
    () =>
      new SessionController(config, {
        extra: { initial: emptyHistory, reduce: historyReducer() },
      }),
    root,
  );
  // An engine the reader chose that cannot train this config (the EKF on WASM) gives way to
  // auto, which says why; else the previous run would stay, under the new settings.
  useEffect(() => {
    if (config && !controller.configure(config)) controller.configure(config, { engine: 'auto' });
  }, [controller, config]);
  // A refused combination leaves the previous session in place: it must not train on.
  useEffect(() => {
    if (!config) void controller.pause();
  }, [controller, config]);

  const { state, step, progress, error, held, engine, requestedEngine, webglLost } = snapshot;
  const history = snapshot.config === config ? snapshot.extra : emptyHistory;
  const running = state === 'running' && config !== null;
  useWidgetBusy(running);

  const badge = useEngineBadge({
    config,
    engine,
    requested: requestedEngine,
    error,
    running,
    symbolsPerSecond: progress?.symbolsPerSecond ?? null,
    webglLost,
    unit: 'symbols',
    onChange: controller.setEngine,
  });

  const watchJob = useWatchJob({
    config,
    spec: composed?.model.spec ?? null,
    samples: evaluator?.samples ?? null,
    kind: evaluator?.kind ?? 'mse',
    history,
    controller,
    element: root,
  });
  const diagram = useMemo(() => composed && modelDiagram(composed.model), [composed]);
  const done = step >= props.steps;

  return {
    controller,
    config,
    /** The live session runs the current config (keep/: weights put in land in this model). */
    sessionReady: snapshot.session !== null && snapshot.config === config,
    props,
    setProps,
    composition,
    diagram,
    evaluator,
    history,
    watchJob,
    badge,
    state,
    step,
    loss: progress?.loss ?? null,
    lossSmoothed: progress?.lossSmoothed ?? null,
    running,
    done,
    held,
    error: config ? error : null,
    play: () => void controller.step(Math.max(1, props.steps - step)),
    pause: () => void controller.pause(),
    stepOnce: () => void controller.step(1),
    reset: () => void controller.reset(),
  };
}
