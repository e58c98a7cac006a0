import { useMemo } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import {
  FREE_STEPS,
  TRAIN_STEPS,
  WINDOW_AFTER,
  WINDOW_BEFORE,
  type EchoStateResult,
} from '../../core/experiments';
import { verdictText } from './EchoReadout';
import { sci } from './format';
import { EigenFigure, SeriesFigure, seriesStyle } from './Plots';

const extent = (arrays: readonly Float64Array[]) => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays)
    for (const v of a) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  return [lo, hi] as const;
};

/**
 * The figure's pictures for one result: the target and the output across the switch to free
 * running, the first units' states, the free run's error, the distance of two reservoirs
 * started apart, and W's eigenvalues. Each states its numbers in its accessible name.
 */
export function EchoPlots({ result: r }: { result: EchoStateResult }) {
  const s = useStrings().echoState;
  const from = r.windowStart;
  const to = r.windowStart + WINDOW_BEFORE + WINDOW_AFTER - 1;
  const marker = useMemo(() => ({ x: TRAIN_STEPS, label: s.switchLabel }), [s]);

  const outputData = useMemo(
    () => ({
      x0: from,
      xLabel: s.stepAxis,
      yLabel: 'y',
      marker,
      yDomain: [-0.75, 0.75] as const,
      series: [
        { label: s.target, values: r.target, ...seriesStyle(0) },
        { label: s.output, values: r.output, ...seriesStyle(1) },
      ],
    }),
    [r, s, from, marker],
  );
  const traceData = useMemo(
    () => ({
      x0: from,
      xLabel: s.stepAxis,
      yLabel: s.stateAxis,
      marker,
      series: r.traces.map((values, i) => ({
        label: format(s.unit, { i: i + 1 }),
        values,
        ...seriesStyle(i),
      })),
    }),
    [r, s, from, marker],
  );
  const errorData = useMemo(
    () => ({
      x0: TRAIN_STEPS,
      xLabel: s.stepAxis,
      yLabel: s.errorAxis,
      series: [{ label: s.errorAxis, values: r.freeError, ...seriesStyle(0) }],
    }),
    [r, s],
  );
  const distanceData = useMemo(
    () => ({
      x0: 0,
      xLabel: s.stepAxis,
      yLabel: s.distanceAxis,
      series: [{ label: s.distance, values: r.distance, ...seriesStyle(0) }],
    }),
    [r, s],
  );
  const eigenData = useMemo(
    () => ({
      re: r.eigenRe,
      im: r.eigenIm,
      radius: r.measuredRho,
      unitLabel: s.unitCircle,
      radiusLabel: s.radiusCircle,
    }),
    [r, s],
  );
  const [traceMin, traceMax] = extent(r.traces);

  return (
    <div className="echo-state__plots">
      <SeriesFigure
        title={s.outputTitle}
        testId="output-plot"
        ariaLabel={format(s.outputAria, { from, to, switch: TRAIN_STEPS, nrmse: sci(r.freeNrmse) })}
        data={outputData}
      />
      <div className="echo-state__grid">
        <SeriesFigure
          title={format(s.tracesTitle, { k: r.traces.length })}
          testId="traces-plot"
          ariaLabel={format(s.tracesAria, {
            k: r.traces.length,
            from,
            to,
            min: sci(traceMin),
            max: sci(traceMax),
          })}
          data={traceData}
        />
        <SeriesFigure
          title={s.errorTitle}
          testId="error-plot"
          yScale="log"
          height={150}
          ariaLabel={format(s.errorAria, {
            steps: FREE_STEPS,
            max: sci(Math.max(...r.freeError)),
            last: sci(r.freeError[r.freeError.length - 1]!),
          })}
          data={errorData}
        />
        <SeriesFigure
          title={s.convergenceTitle}
          testId="distance-plot"
          yScale="log"
          height={150}
          ariaLabel={verdictText(s, r.distance)}
          data={distanceData}
        />
        <EigenFigure
          title={s.eigenTitle}
          ariaLabel={format(s.eigenAria, { n: r.eigenRe.length, rho: sci(r.measuredRho) })}
          data={eigenData}
        />
      </div>
    </div>
  );
}
