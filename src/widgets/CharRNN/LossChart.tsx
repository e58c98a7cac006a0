import { useMemo } from 'react';
import { createLossCurve, type LossCurveData, type LossCurveOptions } from '../../charts/lossCurve';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';

export interface LossChartProps {
  readonly history: readonly { readonly step: number; readonly bits: number }[];
  readonly vocabularySize: number;
}

/** The training loss in bits per character against steps, with the untrained model's log₂ V. */
export function LossChart({ history, vocabularySize }: LossChartProps) {
  const s = useStrings().charRnn;
  const untrained = Math.log2(vocabularySize);
  const opts = useMemo<LossCurveOptions>(() => ({ xLabel: s.lossX, yLabel: s.lossY }), [s]);
  const data = useMemo<LossCurveData>(
    () => ({
      points: history.map((p) => ({ step: p.step, value: p.bits })),
      reference: {
        value: untrained,
        label: format(s.untrainedLine, { bits: untrained.toFixed(2) }),
      },
    }),
    [history, untrained, s],
  );
  const ref = useChart(createLossCurve, opts, data);
  return <div ref={ref} className="char-rnn__chart" role="img" aria-label={s.lossSection} />;
}
