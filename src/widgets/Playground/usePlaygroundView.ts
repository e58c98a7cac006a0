import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { initialWeightsOf } from '../../sim/sessionWeights';
import { resolveConfig } from '../../sim';
import { useWidgetBusy, useWidgetProps } from '../host/context';
import { SessionController } from '../training/sessionController';
import { useEngineBadge } from '../training/useEngineBadge';
import { useSessionController } from '../training/useSessionController';
import { compose, heldOutSamples } from './compose';
import { modelDiagram } from './diagram';
import { evaluate, metricKind } from './evaluate';
import { emptyHistory, heldOutCount, historyReducer, type Evaluator } from './history';
import { playgroundMeta } from './meta';

/**
 * The Playground's logic: the settings composed into a session config (or refused with the
 * engine's reason), one training session over a SessionController (held while off screen or
 * in a hidden tab), the loss and metric history, and what the pictures draw.
 */
export function usePlaygroundView(root: RefObject<Element | null>) {
  const [props, setProps] = useWidgetProps(playgroundMeta);
  const composition = useMemo(() => compose(props), [props]);
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
  const evaluatorRef = useRef(evaluator);
  useEffect(() => {
    evaluatorRef.current = evaluator;
  }, [evaluator]);

  const { controller, snapshot } = useSessionController(
    () =>
      new SessionController(config, {
        extra: { initial: emptyHistory, reduce: historyReducer(() => evaluatorRef.current) },
      }),
    root,
  );
  useEffect(() => {
    if (config) controller.configure(config);
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

  // Before the first evaluation: the seed's weights on the held-out samples.
  const shown = useMemo(() => {
    if (!evaluator || !config) return null;
    if (history.latest) return history.latest;
    const weights = initialWeightsOf(resolveConfig(config));
    return { ...evaluate(evaluator.model, weights, evaluator.samples, evaluator.kind), step: 0 };
  }, [evaluator, config, history.latest]);
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
    shown,
    badge,
    state,
    step,
    loss: progress?.loss ?? null,
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
