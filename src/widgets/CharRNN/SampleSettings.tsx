import { useId } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { visibleSymbol } from '../../charts/stateHeatmap';

export interface SampleSettingsProps {
  readonly temperature: number;
  readonly seedText: string;
  readonly sampleLength: number;
  readonly firstSymbol: string;
  readonly unknownInSeed: number;
  onTemperature(t: number): void;
  onSeedText(text: string): void;
  onSampleLength(n: number): void;
}

/** How the sample is drawn: temperature, length and seed text (under More settings). */
export function SampleSettings(p: SampleSettingsProps) {
  const s = useStrings().charRnn;
  const seedId = useId();
  const hintId = useId();
  return (
    <fieldset className="char-rnn__group">
      <legend>{s.samplesSection}</legend>
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
            {format(s.seedHint, { first: visibleSymbol(p.firstSymbol) })}
          </span>
        </div>
      </div>
      {p.unknownInSeed > 0 && (
        <p className="widget-message" role="status">
          {format(s.seedUnknown, { n: p.unknownInSeed })}
        </p>
      )}
    </fieldset>
  );
}
