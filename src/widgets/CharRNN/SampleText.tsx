import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';

export interface SampleTextProps {
  readonly temperature: number;
  /** The seed as read (known symbols only) and the sampled continuation. */
  readonly seedShown: string;
  readonly sample: string;
  onResample(): void;
}

/** Text sampled from the current weights at a temperature, continuing a seed (dotted). */
export function SampleText(p: SampleTextProps) {
  const s = useStrings().charRnn;
  return (
    <figure className="char-rnn__sample">
      <figcaption className="muted">
        {format(s.sampleLabel, { t: p.temperature.toFixed(2) })}{' '}
        <button type="button" onClick={p.onResample}>
          {s.resample}
        </button>
      </figcaption>
      <p>
        <span className="char-rnn__seed">{p.seedShown}</span>
        <span data-testid="sample">{p.sample}</span>
      </p>
    </figure>
  );
}
