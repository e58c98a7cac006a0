import { useMemo } from 'react';
import { format } from '../../../i18n';
import { useStrings } from '../../../ui/LangContext';
import { ChoiceRow } from '../../../ui/figure';
import { CurveChart } from '../Charts';
import type { MetricKind } from '../../../core/experiments';
import type { History, Point } from '../history';

export type WatchAxis = 'steps' | 'time';

/** The points against training steps, or against seconds of training (as CurveChart's x). */
const against = (points: readonly Point[], axis: WatchAxis) =>
  axis === 'steps' ? points : points.map((p) => ({ ...p, step: p.seconds }));

/** Loss and the task's metric against steps or training time (paused time left out). */
export function WatchCurves({
  history,
  metric,
  heldOut,
  axis,
  onAxis,
}: {
  readonly history: History;
  readonly metric: MetricKind;
  readonly heldOut: number;
  readonly axis: WatchAxis;
  readonly onAxis: (axis: WatchAxis) => void;
}) {
  const s = useStrings().playground;
  const w = useStrings().playgroundWatch;
  const losses = useMemo(() => against(history.losses, axis), [history.losses, axis]);
  const metrics = useMemo(() => against(history.metrics, axis), [history.metrics, axis]);
  const xLabel = axis === 'steps' ? s.stepAxis : w.timeAxis;
  const metricLabel = `${s.metrics[metric]} (${format(s.metricNote, { n: heldOut })})`;
  return (
    <>
      <ChoiceRow
        legend={w.axis}
        value={axis}
        options={[
          ['steps', w.axes.steps],
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
          label={s.loss}
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
