import { useMemo } from 'react';
import type { MetricKind } from '../../../core/experiments';
import { format } from '../../../i18n';
import { ChoiceRow } from '../../../ui/figure';
import { useStrings } from '../../../ui/LangContext';
import { CurveChart, SeriesChart, StateMap } from '../Charts';
import type { Point } from '../history';
import type { WatchAxis } from '../watch/WatchCurves';
import type { EsnRunState } from './esnRunner';
import '../watch/watch.css';

/** Reservoir units drawn in the state map (a reservoir has hundreds: their first ones). */
const SHOWN_UNITS = 24;

const against = (points: readonly Point[], axis: WatchAxis) =>
  axis === 'steps' ? points : points.map((p) => ({ ...p, step: p.seconds }));

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
  const w = useStrings().playgroundWatch;
  const e = useStrings().playgroundEsn;
  const losses = useMemo(() => against(run.losses, axis), [run.losses, axis]);
  const metrics = useMemo(() => against(run.metrics, axis), [run.metrics, axis]);
  const xLabel = axis === 'steps' ? e.sequencesAxis : w.timeAxis;
  const shown = run.latest;
  const series = useMemo(() => {
    if (!shown) return [];
    const prediction = {
      label: metric === 'accuracy' ? e.predictionClass : s.predictionValue,
      values: shown.prediction,
      colour: 'var(--accent)',
    };
    if (metric === 'accuracy') return [prediction];
    return [
      { label: s.targetValue, values: shown.target, colour: 'var(--muted)', dash: '4 3' },
      prediction,
    ];
  }, [shown, metric, s, e]);
  const units = shown?.states[0]?.length ?? 0;
  const states = useMemo(() => shown?.states.map((x) => x.subarray(0, SHOWN_UNITS)) ?? [], [shown]);
  const stateLabel = format(e.reservoirState, { shown: Math.min(units, SHOWN_UNITS), n: units });
  return (
    <section className="playground__watch" aria-label={s.watch} data-testid="playground-esn-watch">
      <ChoiceRow
        legend={w.axis}
        value={axis}
        options={[
          ['steps', e.sequencesAxis],
          ['time', w.axes.time],
        ]}
        onChange={onAxis}
        prop="watchAxis"
      />
      <div className="playground__charts" data-testid="playground-curves" data-axis={axis}>
        <CurveChart
          points={losses}
          xLabel={xLabel}
          yLabel={s.lossAxis}
          label={e.loss}
          testId="playground-loss"
        />
        <CurveChart
          points={metrics}
          xLabel={xLabel}
          yLabel={s.metrics[metric]}
          label={`${s.metrics[metric]} (${format(s.metricNote, { n: heldOut })})`}
          testId="playground-metric"
        />
      </div>
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
