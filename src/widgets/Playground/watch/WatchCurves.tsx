import { useMemo } from 'react';
import { format } from '../../../i18n';
import { useStrings } from '../../../ui/LangContext';
import { ChoiceRow } from '../../../ui/figure';
import { CurveChart } from '../Charts';
import type { MetricKind } from '../../../core/experiments';
import type { Point } from '../history';

export type WatchAxis = 'steps' | 'time';

/** The points against training steps, or against seconds of training (as CurveChart's x). */
const against = (points: readonly Point[], axis: WatchAxis) =>
  axis === 'steps' ? points : points.map((p) => ({ ...p, step: p.seconds }));

/**
 * Loss and the task's metric against steps or training time (paused time left out). The echo
 * state network counts sequences where a session counts steps (`steps` names its axis) and
 * plots its fit's error (`lossLabel`).
 */
export function WatchCurves({
  losses: lossPoints,
  metrics: metricPoints,
  metric,
  heldOut,
  axis,
  onAxis,
  steps,
  lossLabel,
}: {
  readonly losses: readonly Point[];
  readonly metrics: readonly Point[];
  readonly metric: MetricKind;
  readonly heldOut: number;
  readonly axis: WatchAxis;
  readonly onAxis: (axis: WatchAxis) => void;
  readonly steps?: { readonly option: string; readonly axis: string };
  readonly lossLabel?: string;
}) {
  const s = useStrings().playground;
  const w = useStrings().playgroundWatch;
  const losses = useMemo(() => against(lossPoints, axis), [lossPoints, axis]);
  const metrics = useMemo(() => against(metricPoints, axis), [metricPoints, axis]);
  const xLabel = axis === 'steps' ? (steps?.axis ?? s.stepAxis) : w.timeAxis;
  const metricLabel = `${s.metrics[metric]} (${format(s.metricNote, { n: heldOut })})`;
  return (
    <>
      <ChoiceRow
        legend={w.axis}
        value={axis}
        options={[
          ['steps', steps?.option ?? w.axes.steps],
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
          label={lossLabel ?? s.loss}
          testId="playground-loss"
        />
        <CurveChart
          points={metrics}
          xLabel={xLabel}
          yLabel={s.metrics[metric]}
          label={metricLabel}
          testId="playground-metric"
        />
      </div>
    </>
  );
}
