import { useContext, useMemo, type RefObject } from 'react';
import { useBusyStatus } from '../../ui/useBusyStatus';
import { useJob } from '../../ui/useJob';
import { useSettled } from '../../ui/useSettled';
import { WidgetContext, useWidgetProps } from '../host/context';
import { gradientFlowMeta } from './meta';
import { MAX_COLUMNS } from './trainer';
import { useFlowTrainer } from './useFlowTrainer';

/** The verdict on the measured norm after T − 1 steps back. */
export type Verdict = 'vanish' | 'explode' | 'flat';

export const verdictOf = (last: number): Verdict =>
  last < 0.1 ? 'vanish' : last > 10 ? 'explode' : 'flat';

/**
 * The GradientFlow figure's view model: its props; the ‖∂s_T/∂s_k‖ measurement, a background
 * job (src/sim/jobs) that follows the settings once a slider has come to rest; the trainer of
 * the heatmaps; and the figure's data-status (running while either is at work).
 */
export function useGradientFlowView(rootRef: RefObject<HTMLElement | null>) {
  const [props, setProps] = useWidgetProps(gradientFlowMeta);
  const store = useContext(WidgetContext)?.store;
  const { activation, init, seed, clip, lstm } = props;
  // The sliders move at once; the measurement and the trainer follow once a slider is at rest.
  const rho = useSettled(props.rho);
  const hidden = useSettled(props.hidden);
  const T = useSettled(props.T);
  const lr = useSettled(props.lr);
  const every = useSettled(props.every);

  const settings = useMemo(
    () => ({ rho, activation, hidden, T, init, seed }),
    [rho, activation, hidden, T, init, seed],
  );
  // The last finished measurement stays on screen while the next one runs.
  const job = useJob('gradientFlow', settings, { auto: true, element: rootRef });
  const measurement = job.last?.result ?? null;
  const measuredT = job.last?.input.T ?? T;

  const training = useFlowTrainer({ ...settings, lr, clip, lstm, every }, rootRef);
  useBusyStatus(store, job.busy || training.running);

  const { history } = training;
  const lastLag = measuredT - 1;
  return {
    props,
    setProps,
    measurement,
    measuredT,
    lastLag,
    verdict: measurement ? verdictOf(measurement.measured[lastLag]!) : null,
    measureError: job.last?.error ?? null,
    training,
    steps: history.srn.at(-1)?.step ?? 0,
    full: history.srn.length >= MAX_COLUMNS,
  };
}
