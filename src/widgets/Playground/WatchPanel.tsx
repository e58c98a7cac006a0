import { useMemo } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { CurveChart, SeriesChart, StateMap } from './Charts';
import type { Evaluation, MetricKind } from '../../core/experiments';
import type { History } from './history';

/** Loss and metric against steps, prediction against target, and the hidden state. */
export function WatchPanel({
  history,
  shown,
  metric,
  heldOut,
}: {
  readonly history: History;
  readonly shown: Evaluation | null;
  readonly metric: MetricKind;
  readonly heldOut: number;
}) {
  const s = useStrings().playground;
  const metricLabel = `${s.metrics[metric]} (${format(s.metricNote, { n: heldOut })})`;
  const series = useMemo(() => {
    if (!shown) return [];
    const prediction = {
      label: metric === 'accuracy' ? s.predictionClass : s.predictionValue,
      values: shown.prediction,
      colour: 'var(--accent)',
    };
    if (metric === 'accuracy') return [prediction];
    return [
      { label: s.targetValue, values: shown.target, colour: 'var(--muted)', dash: '4 3' },
      prediction,
    ];
  }, [shown, metric, s]);
  return (
    <section className="playground__watch" aria-label={s.watch}>
      <div className="playground__charts">
        <CurveChart
          points={history.losses}
          xLabel={s.stepAxis}
          yLabel={s.lossAxis}
          label={s.loss}
          testId="playground-loss"
        />
        <CurveChart
          points={history.metrics}
          xLabel={s.stepAxis}
          yLabel={s.metrics[metric]}
          label={metricLabel}
          testId="playground-metric"
        />
      </div>
      {shown && (
        <>
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
        </>
      )}
    </section>
  );
}
