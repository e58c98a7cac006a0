import { useMemo } from 'react';
import { createErrorStrips, type ErrorStripsData } from '../../charts/errorStrips';
import { createStepSweep, type StepSweepData } from '../../charts/stepSweep';
import { useStrings } from '../../ui/LangContext';
import { LegendKeys, type LegendKey } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { GUIDE } from './summary';

/** Colour, marker and (for the sweep) dash of each method: shape and dash tell them apart without colour. */
export const METHOD_STYLE = {
  fd64: { color: 'var(--accent)', marker: 'circle', pattern: 'solid' },
  fd32: { color: 'var(--error)', marker: 'triangle', pattern: 'dashed' },
  tf: { color: 'var(--fg)', marker: 'square', pattern: 'solid' },
} as const;

/** The relative errors per block, with its key. */
export function ErrorStripsChart({ data }: { data: ErrorStripsData }) {
  const s = useStrings().gradientCheck;
  const opts = useMemo(
    () => ({
      lanes: [
        { key: 'fd64', shape: 'circle' as const },
        { key: 'fd32', shape: 'triangle' as const },
        { key: 'tf', shape: 'square' as const },
      ],
      xLabel: s.errorAxis,
      ariaLabel: s.stripsLabel,
      guide: { value: GUIDE, label: s.guide },
    }),
    [s],
  );
  const ref = useChart(createErrorStrips, opts, data);
  const keys: LegendKey[] = (['fd64', 'fd32', 'tf'] as const).map((m) => ({
    label: s[m],
    color: METHOD_STYLE[m].color,
    marker: METHOD_STYLE[m].marker,
  }));
  return (
    <div className="gradient-check__strips">
      <LegendKeys keys={keys} />
      <div ref={ref} data-testid="error-strips" />
    </div>
  );
}

/** Error against the step h for one entry, float64 and float32. */
export function StepSweepChart({ data, title }: { data: StepSweepData; title: string }) {
  const s = useStrings().gradientCheck;
  const opts = useMemo(
    () => ({
      xLabel: s.sweepX,
      yLabel: s.sweepY,
      ariaLabel: s.sweepLabel,
      guide: { value: GUIDE, label: s.guide },
      stepLabel: s.stepInUse,
    }),
    [s],
  );
  const ref = useChart(createStepSweep, opts, data);
  const keys: LegendKey[] = (['fd64', 'fd32'] as const).map((m) => ({
    label: s[m],
    color: METHOD_STYLE[m].color,
    marker: METHOD_STYLE[m].marker,
    pattern: METHOD_STYLE[m].pattern,
  }));
  return (
    <div className="gradient-check__sweep">
      <p className="gradient-check__sweep-title">{title}</p>
      <LegendKeys keys={keys} />
      <div ref={ref} data-testid="step-sweep" />
    </div>
  );
}
