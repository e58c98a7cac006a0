import { useContext, useMemo } from 'react';
import { sineGeneratorConfig } from '../../core/esn';
import { format } from '../../i18n';
import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetSelect } from '../host/PresetSelect';
import { useJob } from '../../ui/useJob';
import { useWidgetState, WidgetContext } from '../host/context';
import { Results } from './Results';
import { FREE_STEPS, isSingularReadout, TRAIN_STEPS } from '../../core/experiments';
import { echoStateMeta } from './meta';
import './echoState.css';

type Props = PropsOf<typeof echoStateMeta>;

const fixed = (digits: number) => (v: number) => v.toFixed(digits);

export default function EchoState() {
  const s = useStrings().echoState;
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const { store } = useContext(WidgetContext)!;
  // A new computation whenever the settings change; the last finished one stays on screen.
  const { last: outcome, busy } = useJob('echoState', props, { auto: true, status: store });

  const sliders = useMemo(
    () =>
      [
        { key: 'size', min: 10, max: 400, step: 10, show: String },
        { key: 'rho', min: 0.1, max: 1.6, step: 0.05, show: fixed(2) },
        { key: 'sparsity', min: 0, max: 0.98, step: 0.01, show: fixed(2) },
        { key: 'inputScaling', min: 0, max: 2, step: 0.05, show: fixed(2) },
        { key: 'leak', min: 0.05, max: 1, step: 0.01, show: fixed(2) },
      ] as const,
    [],
  );

  return (
    <div className={busy ? 'echo-state echo-state--busy' : 'echo-state'}>
      <div className="widget-row">
        <PresetSelect meta={echoStateMeta} />
        <button type="button" onClick={() => setProps({ seed: (props.seed % 9999) + 1 })}>
          {s.newSeed} <span className="muted">({format(s.seed, { seed: props.seed })})</span>
        </button>
      </div>
      <fieldset className="echo-state__controls">
        <legend>{s.settings}</legend>
        {sliders.map(({ key, min, max, step, show }) => (
          <Slider
            key={key}
            label={s[key]}
            value={props[key]}
            min={min}
            max={max}
            step={step}
            format={show}
            onChange={(v) => setProps({ [key]: v })}
          />
        ))}
        <Slider
          label={s.ridge}
          value={props.ridge}
          min={1e-12}
          max={1}
          log
          format={(v) => v.toExponential(1).replace('e+', 'e')}
          onChange={(ridge) => setProps({ ridge })}
        />
      </fieldset>
      <p className="muted echo-state__hint">{s.controlsHint}</p>
      <p className="echo-state__status muted" role="status" data-testid="status">
        {busy ? format(s.computing, { steps: TRAIN_STEPS, free: FREE_STEPS }) : ''}
      </p>
      {outcome?.error != null && (
        <p className="widget-message" role="alert" data-testid="error">
          {isSingularReadout(outcome.error)
            ? format(s.singular, { lambda: outcome.input.ridge.toExponential(1) })
            : format(s.failed, { message: outcome.error })}
        </p>
      )}
      {outcome?.result && <Results result={outcome.result} settings={outcome.input} />}
      <p className="muted echo-state__note">
        {format(s.note, {
          washout: sineGeneratorConfig.washout,
          steps: TRAIN_STEPS - 1,
        })}
      </p>
    </div>
  );
}
