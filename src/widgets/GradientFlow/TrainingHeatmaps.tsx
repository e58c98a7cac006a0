import { useEffect, useMemo, useRef } from 'react';
import { createHeatmap, logExtent, type HeatmapOptions } from '../../charts/logHeatmap';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';
import { fmtNorm } from './format';
import { MAX_COLUMNS, type FlowColumn } from './trainer';

interface ColumnsProps {
  readonly columns: readonly FlowColumn[];
  readonly testId: string;
}

/** One network's per-time-step gradient norms, a column per measurement during training. */
export function Heatmap({ title, columns, testId }: ColumnsProps & { title: string }) {
  const s = useStrings().gradientFlow;
  // The chart is made once per language, not once per column (that redrew every cell as each
  // column arrived): the title callback reads the columns being drawn through a ref, set before
  // useChart's update runs (effects run in order).
  const drawing = useRef(columns);
  useEffect(() => {
    drawing.current = columns;
  }, [columns]);
  const options = useMemo<HeatmapOptions>(
    () => ({
      xLabel: s.heatX,
      yLabel: s.heatY,
      legendLabel: s.legend,
      maxColumns: MAX_COLUMNS,
      cellTitle: (c, t, v) =>
        format(s.cellTitle, { step: drawing.current[c]?.step ?? c, t, value: fmtNorm(v) }),
    }),
    [s],
  );
  const data = useMemo(() => {
    const norms = columns.map((c) => c.norms);
    return {
      columns: norms,
      columnLabels: columns.map((c) => String(c.step)),
      logDomain: logExtent(norms),
    };
  }, [columns]);
  const ref = useChart(createHeatmap, options, data);
  return (
    <figure className="flow__heatmap" data-testid={testId} data-columns={columns.length}>
      <figcaption>{title}</figcaption>
      <div ref={ref} />
    </figure>
  );
}

/** The last column in words: the error signal at the last step against the one at t = 1. */
export function Summary({ name, columns, testId }: ColumnsProps & { name: string }) {
  const s = useStrings().gradientFlow;
  const last = columns.at(-1);
  if (!last) return null;
  const T = last.norms.length;
  const end = last.norms[T - 1]!;
  // t = 0 contributes nothing to ∂E/∂W (its term is δ₀ s₋₁ᵀ with s₋₁ = 0): compare with t = 1.
  const start = last.norms[1]!;
  return (
    <p data-testid={testId} data-start={start} data-end={end} data-step={last.step}>
      {format(s.summary, {
        name,
        steps: last.step,
        last: T - 1,
        end: fmtNorm(end),
        lag: T - 2,
        start: fmtNorm(start),
        ratio: fmtNorm(start / end),
      })}
      {Number.isFinite(last.loss) && (
        <span className="muted"> ({format(s.loss, { loss: last.loss.toFixed(4) })})</span>
      )}
    </p>
  );
}
