import { useMemo } from 'react';
import { createLogLines, type LogLinesOptions, type LogSeries } from '../../../charts/logLines';
import { format } from '../../../i18n';
import { useStrings } from '../../../ui/LangContext';
import { LegendKeys } from '../../../ui/figure';
import { useChart } from '../../../ui/useChart';

const sci = (v: number) => (Number.isFinite(v) ? v.toExponential(2) : '—');

/** Where the smallest value sits (first of equals). */
function smallest(values: readonly number[]): { value: number; at: number } {
  let at = 0;
  for (let t = 1; t < values.length; t++) if (values[t]! < values[at]!) at = t;
  return { value: values[at] ?? NaN, at };
}

/**
 * ‖∂E/∂s_t‖ against t on a log axis: with the latest weights (solid) and the seed's (dashed) —
 * the vanishing gradient as the reader's own network has it.
 */
export function GradientChart({
  now,
  start,
  step,
}: {
  readonly now: readonly number[] | null;
  readonly start: readonly number[] | null;
  readonly step: number;
}) {
  const w = useStrings().playgroundWatch;
  const s = useStrings().playground;
  const options = useMemo<LogLinesOptions>(
    () => ({ xLabel: s.previewTime, yLabel: w.gradientsAxis }),
    [s.previewTime, w.gradientsAxis],
  );
  const nowLabel = format(w.gradientsNow, { step });
  const series = useMemo<LogSeries[]>(() => {
    if (!now) return [];
    const marker = now.length <= 40 ? 'circle' : 'none';
    const lines: LogSeries[] = [{ id: 'pg-now', label: nowLabel, values: now, marker }];
    if (start && step > 0)
      lines.push({ id: 'pg-start', label: w.gradientsStart, values: start, dash: '6 3' });
    return lines;
  }, [now, start, step, nowLabel, w.gradientsStart]);
  const ref = useChart(createLogLines, options, series);
  if (!now)
    return (
      <p className="muted playground__caption" data-testid="playground-gradients-refused">
        {w.gradientsRefused}
      </p>
    );
  const least = smallest(now);
  return (
    <section className="playground-watch__gradients">
      <p className="playground__caption">{w.gradientsTitle}</p>
      <div
        ref={ref}
        className="playground__chart playground-watch__log"
        role="img"
        aria-label={w.gradientsLabel}
        data-testid="playground-gradients"
        data-steps={now.length}
      />
      <LegendKeys
        keys={[
          { label: nowLabel, color: 'var(--accent)', marker: now.length <= 40 ? 'circle' : 'none' },
          ...(start && step > 0
            ? [{ label: w.gradientsStart, color: 'var(--muted)', pattern: 'dashed' as const }]
            : []),
        ]}
      />
      <p className="playground__caption" data-testid="playground-gradients-readout">
        {format(w.gradientsReadout, {
          step,
          first: sci(now[0]!),
          last: sci(now[now.length - 1]!),
          T: now.length - 1,
          min: sci(least.value),
          at: least.at,
        })}
      </p>
    </section>
  );
}
