import { useId } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { readableSymbol, readableText } from './symbolText';

export interface SamplePanelProps {
  readonly temperature: number;
  readonly seedText: string;
  readonly sampleLength: number;
  /** The seed as read (known symbols only) and the sampled continuation. */
  readonly seedShown: string;
  readonly sample: string;
  readonly firstSymbol: string;
  readonly unknownInSeed: number;
  onTemperature(t: number): void;
  onSeedText(text: string): void;
  onSampleLength(n: number): void;
  onResample(): void;
}

/** Text sampled from the current weights at a temperature, continuing a seed. */
export function SamplePanel(p: SamplePanelProps) {
  const s = useStrings().charRnn;
  const seedId = useId();
  const hintId = useId();
  return (
    <section className="char-rnn__section">
      <h4>{s.samplesSection}</h4>
      <div className="char-rnn__controls">
        <Slider
          label={s.temperature}
          value={p.temperature}
          min={0}
          max={2}
          step={0.05}
          format={(t) => (t === 0 ? s.temperatureGreedy : t.toFixed(2))}
          onChange={p.onTemperature}
        />
        <Slider
          label={s.sampleLength}
          value={p.sampleLength}
          min={20}
          max={400}
          step={10}
          format={(n) => String(n)}
          onChange={(n) => p.onSampleLength(Math.round(n))}
        />
        <div className="field">
          <label htmlFor={seedId}>{s.seedText}</label>
          <input
            id={seedId}
            type="text"
            value={p.seedText}
            maxLength={40}
            aria-describedby={hintId}
            onChange={(e) => p.onSeedText(e.currentTarget.value)}
          />
          <span id={hintId} className="muted">
            {format(s.seedHint, { first: readableSymbol(p.firstSymbol, s.otherSymbol) })}
          </span>
        </div>
        <button type="button" onClick={p.onResample}>
          {s.resample}
        </button>
      </div>
      {p.unknownInSeed > 0 && (
        <p className="widget-message" role="status">
          {format(s.seedUnknown, { n: p.unknownInSeed })}
        </p>
      )}
      <figure className="char-rnn__sample">
        <figcaption className="muted">
          {format(s.sampleLabel, { t: p.temperature.toFixed(2) })}
        </figcaption>
        <p>
          <span className="char-rnn__seed">{readableText(p.seedShown, s.otherSymbol)}</span>
          <span data-testid="sample">{readableText(p.sample, s.otherSymbol)}</span>
        </p>
      </figure>
    </section>
  );
}
