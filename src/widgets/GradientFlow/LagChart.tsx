import { useMemo } from 'react';
import { createLogLines, type LogLinesOptions, type LogSeries } from '../../charts/logLines';
import type { JacobianMeasurement } from '../../core/experiments';
import { useStrings } from '../../ui/LangContext';
import { LegendKeys } from '../../ui/figure';
import { useChart } from '../../ui/useChart';

const NONE: readonly LogSeries[] = [];

/** The first picture: measured ‖∂s_T/∂s_k‖ against the lag, with (γρ)^lag and (γ‖W‖₂)^lag. */
export function LagChart({ measurement }: { measurement: JacobianMeasurement | null }) {
  const s = useStrings().gradientFlow;
  const series = useMemo<readonly LogSeries[]>(
    () =>
      measurement
        ? [
            { id: 'measured', label: s.measured, values: measurement.measured, marker: 'circle' },
            { id: 'rho', label: s.boundRho, values: measurement.boundRho, dash: '7 4' },
            { id: 'sigma', label: s.boundSigma, values: measurement.boundSigma, dash: '2 3' },
          ]
        : NONE,
    [measurement, s],
  );
  const options = useMemo<LogLinesOptions>(() => ({ xLabel: s.lagAxis, yLabel: s.normAxis }), [s]);
  const ref = useChart(createLogLines, options, series);
  return (
    <figure className="flow__lags">
      <figcaption>{s.lagChart}</figcaption>
      <div ref={ref} data-testid="lag-chart" />
      <LegendKeys
        keys={[
          { label: s.measured, color: 'var(--accent)', marker: 'circle' },
          { label: s.boundRho, color: 'var(--error)', pattern: 'dashed' },
          { label: s.boundSigma, color: 'var(--fg)', pattern: 'dotted' },
        ]}
      />
    </figure>
  );
}
