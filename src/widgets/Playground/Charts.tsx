import { useMemo } from 'react';
import { createLossCurve, type LossCurveData, type LossCurveOptions } from '../../charts/lossCurve';
import { createSeriesPlot, type PlotSeries } from '../../charts/seriesPlot';
import {
  createStateHeatmap,
  type StateHeatmapData,
  type StateHeatmapOptions,
} from '../../charts/stateHeatmap';
import { useChart } from '../../ui/useChart';
import type { Point } from './history';

/** The Playground's pictures, each on a chart of src/charts. */

export function CurveChart({
  points,
  xLabel,
  yLabel,
  label,
  testId,
}: {
  readonly points: readonly Point[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly label: string;
  readonly testId: string;
}) {
  const opts = useMemo<LossCurveOptions>(() => ({ xLabel, yLabel, height: 160 }), [xLabel, yLabel]);
  const data = useMemo<LossCurveData>(() => ({ points, reference: null }), [points]);
  const ref = useChart(createLossCurve, opts, data);
  return (
    <div
      ref={ref}
      className="playground__chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      data-points={points.length}
    />
  );
}

const seriesOptions = { height: 120 };

export function SeriesChart({
  series,
  xLabel,
  yLabel,
  label,
  yDomain,
  testId,
}: {
  readonly series: readonly PlotSeries[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly label: string;
  readonly yDomain?: readonly [number, number];
  readonly testId: string;
}) {
  const data = useMemo(
    () => ({ x0: 0, series, xLabel, yLabel, ...(yDomain ? { yDomain } : {}) }),
    [series, xLabel, yLabel, yDomain],
  );
  const ref = useChart(createSeriesPlot, seriesOptions, data);
  return (
    <div
      ref={ref}
      className="playground__chart"
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}

const noPoint = () => undefined;

/**
 * Rows of values over time (hidden units, or input dimensions) as a heatmap in a scroll box of
 * its own: a long sequence scrolls there, not the page. The box is a labelled tab stop, so the
 * keyboard can scroll it.
 */
export function StateMap({
  states,
  symbols,
  label,
  testId,
}: {
  readonly states: readonly ArrayLike<number>[];
  readonly symbols: readonly string[];
  readonly label: string;
  readonly testId: string;
}) {
  const opts = useMemo<StateHeatmapOptions>(
    () => ({ cell: 8, rowHeight: 8, onPoint: noPoint }),
    [],
  );
  const data = useMemo<StateHeatmapData>(
    () => ({ states, symbols, focus: null }),
    [states, symbols],
  );
  const ref = useChart(createStateHeatmap, opts, data);
  return (
    <div
      className="playground__scroll"
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid={testId}
      data-steps={states.length}
      data-units={states[0]?.length ?? 0}
    >
      <div ref={ref} />
    </div>
  );
}
