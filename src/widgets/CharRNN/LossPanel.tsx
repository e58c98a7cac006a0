import { useMemo } from 'react';
import { createLossCurve, type LossCurveData, type LossCurveOptions } from '../../charts/lossCurve';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';

export interface LossPanelProps {
  readonly history: readonly { readonly step: number; readonly bits: number }[];
  readonly step: number;
  readonly lossNats: number | null;
  readonly vocabularySize: number;
  /** Loss of the current weights on every character of the text (bits), when known. */
  readonly score: { readonly bits: number; readonly predictions: number } | null;
}

/** The training loss in bits per character against steps, with the untrained model's log₂ V. */
export function LossPanel({ history, step, lossNats, vocabularySize, score }: LossPanelProps) {
  const s = useStrings().charRnn;
  const lang = useLang();
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
  const n = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return (
    <section className="char-rnn__section char-rnn__loss">
      <h4>{s.lossSection}</h4>
      <div ref={ref} className="char-rnn__chart" />
      <p
        data-testid="loss"
        data-bits={lossNats === null ? '' : String(lossNats / Math.LN2)}
        data-untrained={String(untrained)}
        data-step={String(step)}
        aria-live="off"
      >
        {lossNats === null
          ? format(s.lossNone, {
              untrained: untrained.toFixed(3),
              nats: Math.log(vocabularySize).toFixed(3),
            })
          : format(s.lossNow, {
              step: n(step),
              bits: (lossNats / Math.LN2).toFixed(3),
              nats: lossNats.toFixed(3),
              untrained: untrained.toFixed(3),
            })}
      </p>
      {score !== null && (
        <p data-testid="eval-loss" data-bits={String(score.bits)}>
          {format(s.evalLoss, { bits: score.bits.toFixed(3), n: n(score.predictions) })}
        </p>
      )}
    </section>
  );
}
