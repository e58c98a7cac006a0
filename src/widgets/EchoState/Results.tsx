import { useMemo } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import {
  CONVERGENCE_STEPS,
  convergenceVerdict,
  type EchoStateResult,
  type EchoStateSettings,
  FREE_STEPS,
  TRAIN_STEPS,
  WINDOW_AFTER,
  WINDOW_BEFORE,
} from '../../core/experiments';
import { sci } from './format';
import { EigenFigure, SeriesFigure, seriesStyle } from './Plots';

/** How well the free run follows the sine, in words. */
const quality = (nrmse: number) => (nrmse < 0.01 ? 'good' : nrmse < 0.1 ? 'drifting' : 'bad');

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

/** Everything computed for one setting: its numbers as text, and the plots. */
export function Results({
  result: r,
  settings,
}: {
  result: EchoStateResult;
  settings: EchoStateSettings;
}) {
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

  const verdict = convergenceVerdict(r.distance);
  const firstDistance = r.distance[0]!;
  const lastDistance = r.distance[r.distance.length - 1]!;
  const [traceMin, traceMax] = extent(r.traces);
  const maxError = Math.max(...r.freeError);

  return (
    <div className="echo-state__results">
      <div className="echo-state__numbers">
        <p data-testid="nrmse" data-value={r.freeNrmse}>
          {format(s.freeNrmse, { steps: FREE_STEPS })} <strong>{sci(r.freeNrmse)}</strong> (
          {format(s.trainNrmse, { value: sci(r.trainNrmse) })}) — {s[quality(r.freeNrmse)]}
        </p>
      </div>
      <SeriesFigure
        title={s.outputTitle}
        testId="output-plot"
        ariaLabel={format(s.outputAria, {
          from,
          to,
          switch: TRAIN_STEPS,
          nrmse: sci(r.freeNrmse),
        })}
        data={outputData}
      />
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
      <div className="echo-state__pair">
        <SeriesFigure
          title={s.errorTitle}
          testId="error-plot"
          yScale="log"
          height={150}
          ariaLabel={format(s.errorAria, {
            steps: FREE_STEPS,
            max: sci(maxError),
            last: sci(r.freeError[r.freeError.length - 1]!),
          })}
          data={errorData}
        />
        <div>
          <SeriesFigure
            title={s.convergenceTitle}
            testId="distance-plot"
            yScale="log"
            height={150}
            ariaLabel={s[verdict]}
            data={distanceData}
          />
          <p
            className="echo-state__verdict"
            data-testid="verdict"
            data-verdict={verdict}
            data-distance={lastDistance}
          >
            {format(s[verdict], {
              last: sci(lastDistance),
              first: sci(firstDistance),
              steps: CONVERGENCE_STEPS,
            })}
          </p>
        </div>
      </div>
      <div className="echo-state__pair">
        <EigenFigure
          title={s.eigenTitle}
          ariaLabel={format(s.eigenAria, { n: r.eigenRe.length, rho: sci(r.measuredRho) })}
          data={eigenData}
        />
        <div className="echo-state__numbers">
          <p data-testid="rho" data-measured={r.measuredRho}>
            {format(s.rhoShown, {
              requested: r.requestedRho.toFixed(2),
              n: r.eigenRe.length,
              measured: r.measuredRho.toPrecision(6),
            })}
          </p>
          {settings.leak < 1 && (
            <p data-testid="leaky-rho">
              {format(s.leakyRho, {
                a: settings.leak.toFixed(2),
                value: r.leakyRho.toPrecision(4),
              })}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
