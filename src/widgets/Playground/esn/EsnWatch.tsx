import { useMemo } from 'react';
import type { MetricKind } from '../../../core/experiments';
import { format } from '../../../i18n';
import { useStrings } from '../../../ui/LangContext';
import { SeriesChart, StateMap } from '../Charts';
import { predictionSeries } from '../watch/predictionSeries';
import { WatchCurves, type WatchAxis } from '../watch/WatchCurves';
import type { EsnRunState } from './esnRunner';
import '../watch/watch.css';

/** Reservoir units drawn in the state map (a reservoir has hundreds: their first ones). */
const SHOWN_UNITS = 24;

/**
 * What the Playground watches of an echo state network: the fit's loss and the held-out metric
 * against the sequences seen (or seconds of fitting), the prediction against the target and the
 * reservoir state on the held-out sequence — and, for the views of the gradient-trained
 * networks, why they do not apply.
 */
export function EsnWatch({
  run,
  metric,
  heldOut,
  axis,
  onAxis,
}: {
  readonly run: EsnRunState;
  readonly metric: MetricKind;
  readonly heldOut: number;
  readonly axis: WatchAxis;
  readonly onAxis: (axis: WatchAxis) => void;
}) {
  const s = useStrings().playground;
  const e = useStrings().playgroundEsn;
  const shown = run.latest;
  const series = useMemo(
    () =>
      predictionSeries(shown, metric, {
        prediction: metric === 'accuracy' ? e.predictionClass : s.predictionValue,
        target: s.targetValue,
      }),
    [shown, metric, s, e],
  );
  const units = shown?.states[0]?.length ?? 0;
  const states = useMemo(() => shown?.states.map((x) => x.subarray(0, SHOWN_UNITS)) ?? [], [shown]);
  const stateLabel = format(e.reservoirState, { shown: Math.min(units, SHOWN_UNITS), n: units });
  return (
    <section className="playground__watch" aria-label={s.watch} data-testid="playground-esn-watch">
      <WatchCurves
        losses={run.losses}
        metrics={run.metrics}
        metric={metric}
        heldOut={heldOut}
        axis={axis}
        onAxis={onAxis}
        steps={{ option: e.sequencesAxis, axis: e.sequencesAxis }}
        lossLabel={e.loss}
      />
      {shown && (
        <div className="playground-watch__grid">
          <div className="playground-watch__cell">
            <p className="playground__caption">{s.predictions}</p>
            <SeriesChart
              series={series}
              xLabel={s.previewTime}
              yLabel=""
              label={s.predictions}
              testId="playground-predictions"
            />
            <p className="playground__caption">{stateLabel}</p>
            <StateMap states={states} symbols={[]} label={stateLabel} testId="playground-states" />
          </div>
        </div>
      )}
      <ul className="muted playground__caption" data-testid="playground-esn-not-applicable">
        <li data-testid="playground-gates-none">{e.noGates}</li>
        <li data-testid="playground-gradients-none">{e.noGradients}</li>
        <li data-testid="playground-agreement-none">{e.noAgreement}</li>
      </ul>
    </section>
  );
}
