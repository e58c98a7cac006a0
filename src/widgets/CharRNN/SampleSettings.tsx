import { useId } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import type { PropsOf } from '../../state/widgetMeta';
import { SliderTable, PropControl } from '../../ui/figure';
import type { charRnnMeta } from './meta';
import { readableSymbol } from './symbolText';

type SampleProps = Pick<PropsOf<typeof charRnnMeta>, 'temperature' | 'seedText' | 'sampleLength'>;

export interface SampleSettingsProps {
  readonly props: SampleProps;
  readonly firstSymbol: string;
  readonly unknownInSeed: number;
  setProps(patch: Partial<SampleProps>): void;
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
        <SliderTable
          rows={[
            ['temperature', 0, 2, 0.05, (t) => (t === 0 ? s.temperatureGreedy : t.toFixed(2))],
            ['sampleLength', 20, 400, 10],
          ]}
          values={p.props}
          labels={s}
          onChange={p.setProps}
        />
        <PropControl prop="seedText">
          <div className="field">
            <label htmlFor={seedId}>{s.seedText}</label>
            <input
              id={seedId}
              type="text"
              value={p.props.seedText}
              maxLength={40}
              aria-describedby={hintId}
              onChange={(e) => p.setProps({ seedText: e.currentTarget.value })}
            />
            <span id={hintId} className="muted">
              {format(s.seedHint, { first: readableSymbol(p.firstSymbol, s.otherSymbol) })}
            </span>
          </div>
        </PropControl>
      </div>
      {p.unknownInSeed > 0 && (
        <p className="widget-message" role="status">
          {format(s.seedUnknown, { n: p.unknownInSeed })}
        </p>
      )}
    </fieldset>
  );
}
