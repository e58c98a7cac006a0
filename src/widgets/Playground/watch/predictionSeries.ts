import type { MetricKind } from '../../../core/experiments';

/** One line of the prediction chart (SeriesChart). */
export interface PredictionLine {
  readonly label: string;
  readonly values: Float64Array;
  readonly colour: string;
  readonly dash?: string;
}

/**
 * The prediction chart's lines on a held-out sequence: for a class task the model's value for
 * the right symbol alone (1 is right), otherwise the target (dashed) under the prediction.
 */
export function predictionSeries(
  shown: { readonly prediction: Float64Array; readonly target: Float64Array } | null,
  metric: MetricKind,
  labels: { readonly prediction: string; readonly target: string },
): PredictionLine[] {
  if (!shown) return [];
  const prediction = {
    label: labels.prediction,
    values: shown.prediction,
    colour: 'var(--accent)',
  };
  if (metric === 'accuracy') return [prediction];
  return [
    { label: labels.target, values: shown.target, colour: 'var(--muted)', dash: '4 3' },
    prediction,
  ];
}
