import { useMemo } from 'react';
import { createLineChart, type LineChartOptions, type LineSeries } from '../../charts/lineChart';
import type { ClockGradientMeasurement } from '../../core/experiments';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';

const NONE: readonly LineSeries[] = [];

const pointsOf = (values: readonly number[]) => values.map((v, lag) => [lag, v] as const);

/**
 * The picture: the SRN's ‖∂s_T/∂s_k‖ (first series: solid) and each module's own block
 * (dashed, a pattern per module) against the lag, on a log scale, each labelled at its end.
 */
export function GradientChart({ measurement }: { measurement: ClockGradientMeasurement | null }) {
  const s = useStrings().clockGradient;
  const series = useMemo<readonly LineSeries[]>(
    () =>
      measurement
        ? [
            { key: 'srn', label: s.endSrn, points: pointsOf(measurement.srn) },
            ...measurement.modules.map((values, m) => ({
              key: `module-${m + 1}`,
              label: format(s.endModule, { m: m + 1, period: measurement.periods[m]! }),
              points: pointsOf(values),
            })),
          ]
        : NONE,
    [measurement, s],
  );
  const options = useMemo<LineChartOptions>(
    () => ({
      xLabel: s.lagAxis,
      yLabel: s.normAxis,
      yLog: true,
      ariaLabel: s.chartLabel,
      // Narrow: on a 360 px phone the drawing scales down by less, so its text stays legible.
      width: 360,
      height: 280,
    }),
    [s],
  );
  const ref = useChart(createLineChart, options, series);
  return (
    <figure className="clock-gradient__chart">
      <figcaption>{s.chartTitle}</figcaption>
      {/* Before the first measurement: the chart's space, empty (the status line says why). */}
      <div ref={ref} data-testid="gradient-chart" hidden={!measurement} />
      {!measurement && <div className="clock-gradient__placeholder" aria-hidden="true" />}
      <p className="muted clock-gradient__keys">
        {format(s.keys, { count: measurement?.periods.length ?? 4 })}
      </p>
    </figure>
  );
}
