import { useMemo } from 'react';
import type { MetricKind } from '../../core/experiments';
import type { JobReason, JobState } from '../../sim/jobs';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { SeriesChart, StateMap } from './Charts';
import type { History } from './history';
import { AgreementView } from './watch/AgreementView';
import { GateMaps } from './watch/GateMaps';
import { GradientChart } from './watch/GradientChart';
import { predictionSeries } from './watch/predictionSeries';
import { WatchCurves, type WatchAxis } from './watch/WatchCurves';
import './watch/watch.css';

/** What the Watch job is doing (useWatchJob). */
export interface WatchJobStatus {
  readonly state: JobState;
  readonly reason: JobReason | null;
  readonly error: string | null;
}

/**
 * Loss and metric against steps or time, and what the Watch job read of the latest weights:
 * prediction against target, the hidden state, the gates, ‖∂E/∂s_t‖ per step, RTRL against BPTT.
 */
export function WatchPanel({
  history,
  metric,
  heldOut,
  axis,
  onAxis,
  job,
}: {
  readonly history: History;
  readonly metric: MetricKind;
  readonly heldOut: number;
  readonly axis: WatchAxis;
  readonly onAxis: (axis: WatchAxis) => void;
  readonly job: WatchJobStatus;
}) {
  const s = useStrings().playground;
  const w = useStrings().playgroundWatch;
  const shown = history.latest;
  const series = useMemo(
    () =>
      predictionSeries(shown, metric, {
        prediction: metric === 'accuracy' ? s.predictionClass : s.predictionValue,
        target: s.targetValue,
      }),
    [shown, metric, s],
  );
  const waiting = job.state === 'held' || (job.state === 'pausing' && job.reason !== null);
  return (
    <section className="playground__watch" aria-label={s.watch}>
      <WatchCurves
        losses={history.losses}
        metrics={history.metrics}
        metric={metric}
        heldOut={heldOut}
        axis={axis}
        onAxis={onAxis}
      />
      <p
        className="muted playground__caption"
        role="status"
        data-testid="playground-watch-status"
        data-state={job.state}
        data-step={shown?.step ?? ''}
      >
        {job.error
          ? format(w.failed, { message: job.error })
          : waiting
            ? w.held
            : job.state === 'running' && history.pending
              ? format(w.evaluating, { step: history.pending.step })
              : ''}
      </p>
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
              {...(metric === 'mse' ? {} : { yDomain: [0, 1] as const })}
            />
            <p className="playground__caption">{s.hiddenState}</p>
            <StateMap
              states={shown.states}
              symbols={[]}
              label={s.hiddenState}
              testId="playground-states"
            />
          </div>
          <GateMaps gates={shown.gates} />
          <div className="playground-watch__cell">
            <GradientChart
              now={shown.stateGradients}
              start={history.startGradients}
              step={shown.step}
            />
            <AgreementView agreement={shown.agreement} />
          </div>
        </div>
      )}
    </section>
  );
}
