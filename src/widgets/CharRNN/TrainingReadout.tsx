import { format } from '../../i18n';
import { divergenceProblemText } from '../../ui/divergenceText';
import { EngineBadge, type EngineBadgeProps } from '../../ui/EngineBadge';
import { useLang, useStrings } from '../../ui/LangContext';
import { HeldNotice } from '../training/HeldNotice';
import type { CharTraining, TrainerSnapshot } from './controller';
import type { TextScore } from './useTextScore';

export interface TrainingReadoutProps {
  readonly snapshot: TrainerSnapshot;
  readonly vocabularySize: number;
  /** Loss of the current weights on every character of the text (bits), or why not yet. */
  readonly score: TextScore | null;
  readonly badge: EngineBadgeProps;
  readonly shippedMessage: string | null;
}

/**
 * What training says in words: step and loss in bits per character (against log₂ V), the loss
 * of these weights on the text, the engine and its rate, where the weights came from, and why
 * training stopped or waits.
 */
export function TrainingReadout({
  snapshot,
  vocabularySize,
  score,
  badge,
  shippedMessage,
}: TrainingReadoutProps) {
  const strings = useStrings();
  const s = strings.charRnn;
  const lang = useLang();
  const n = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const { lossNats, step } = snapshot;
  const untrained = Math.log2(vocabularySize);
  const sourceText = {
    init: s.sourceInit,
    shipped: s.sourceShipped,
    file: s.sourceFile,
    storage: s.sourceStorage,
    trained: s.sourceTrained,
  }[snapshot.source];
  return (
    <div className="char-rnn__readout-lines">
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
        <p
          data-testid="eval-loss"
          data-bits={score.state === 'scored' ? String(score.bits) : ''}
          className={score.state === 'scored' ? undefined : 'muted'}
        >
          {score.state === 'scored'
            ? format(s.evalLoss, { bits: score.bits.toFixed(3), n: n(score.predictions) })
            : score.state === 'running'
              ? s.evalLossRunning
              : s.evalLossScoring}
        </p>
      )}
      <p className="muted" data-testid="weights-source" data-source={snapshot.source}>
        {format(s.weights, { source: sourceText })}
      </p>
      <HeldNotice held={snapshot.held} />
      {shippedMessage && (
        <p className="widget-message" role="status">
          {shippedMessage}
        </p>
      )}
      {snapshot.message && (
        <p className="widget-message" role="alert" data-testid="train-message">
          {snapshot.divergence
            ? divergenceText(s, strings.engineReasons.divergence, snapshot.divergence)
            : format(s.stopped, { message: snapshot.message })}
        </p>
      )}
      {snapshot.config && (
        <div className="char-rnn__engine" data-testid="engine">
          <EngineBadge {...badge} choice={false} />
        </div>
      )}
    </div>
  );
}

/** Where training stopped (the reader's step), what was kept, and advice that fits the settings. */
function divergenceText(
  s: ReturnType<typeof useStrings>['charRnn'],
  words: ReturnType<typeof useStrings>['engineReasons']['divergence'],
  d: NonNullable<CharTraining['divergence']>,
): string {
  const kept =
    d.kept === 'anchor'
      ? format(s.keptRestored, { kept: d.keptStep })
      : d.kept === 'checkpoint'
        ? format(s.keptCheckpoint, { kept: d.keptStep })
        : s.keptBefore;
  return [
    format(s.divergedAt, { step: d.step, problem: divergenceProblemText(d.problem, words) }),
    kept,
    d.clipping ? s.adviceClipOn : s.adviceClipOff,
  ].join(' ');
}
