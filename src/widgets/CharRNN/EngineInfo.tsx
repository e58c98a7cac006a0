import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';

export interface EngineInfoProps {
  readonly backend: 'worker' | 'thread' | null;
  /** Training steps per second (0 when not training). */
  readonly stepsPerSecond: number;
  /** Characters one step trains on: batch × sequence length. */
  readonly charsPerStep: number;
}

/**
 * Which engine trains the model and how fast, in characters per second (steps/s × batch ×
 * sequence length). Kept in one small component so the shared engine badge (tfjs engines with
 * an override) can replace it without touching the rest of the widget.
 */
export function EngineInfo({ backend, stepsPerSecond, charsPerStep }: EngineInfoProps) {
  const s = useStrings().charRnn;
  const lang = useLang();
  if (!backend) return null;
  const chars = Math.round(stepsPerSecond * charsPerStep);
  return (
    <p className="char-rnn__engine" data-testid="engine">
      <span className="muted">{s.engine}:</span>{' '}
      {backend === 'worker' ? s.engineWorker : s.engineThread}
      {chars > 0 && (
        <>
          {' · '}
          {format(s.engineSpeed, { chars: chars.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}
        </>
      )}
    </p>
  );
}
