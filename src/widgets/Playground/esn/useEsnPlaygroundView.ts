import { useMemo } from 'react';
import { metricKind } from '../../../core/experiments';
import { useWidgetBusy, useWidgetProps } from '../../host/context';
import { heldOutSamples } from '../compose';
import { heldOutCount } from '../history';
import { playgroundMeta } from '../meta';
import type { PlaygroundSettings } from '../settings';
import { composeEsn } from './composeEsn';
import { useEsnRun } from './useEsnRun';

/** The settings a fit depends on: a change to any other (the curves' axis, the step budget) keeps it. */
const FIT_KEYS = [
  'algorithm',
  'head',
  'task',
  'taskParams',
  'seed',
  'esnSize',
  'esnRho',
  'esnSparsity',
  'esnInputScaling',
  'esnLeak',
  'esnWashout',
  'esnRidge',
] as const satisfies readonly (keyof PlaygroundSettings)[];

/**
 * The Playground with an echo state network: the settings composed into an ESN (or refused with
 * the reason), the held-out samples it is read on, and its run of one-shot fits (useEsnRun).
 */
export function useEsnPlaygroundView() {
  const [props, setProps] = useWidgetProps(playgroundMeta);
  const fitKey = JSON.stringify(FIT_KEYS.map((k) => props[k]));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- fitKey names every setting read
  const composition = useMemo(() => composeEsn(props), [fitKey, props.batch]);
  const composed = composition.ok ? composition : null;
  const kind = composed ? metricKind(composed.task) : 'mse';
  const heldOut = useMemo(
    () =>
      composed &&
      heldOutSamples(
        composed.task,
        composed.config.seed,
        heldOutCount(composed.trained + composed.fixed, composed.sampleLength),
      ),
    [composed],
  );
  const { runner, run } = useEsnRun(composed, heldOut, kind, props.batch);
  useWidgetBusy(run.running);
  return {
    props,
    setProps,
    composition,
    composed,
    kind,
    heldOut,
    run,
    done: run.step >= props.steps,
    play: () => runner?.play(props.steps),
    pause: () => runner?.pause(),
    stepOnce: () => runner?.stepOnce(),
    reset: () => runner?.reset(),
  };
}
