import { useContext } from 'react';
import { sineGeneratorConfig } from '../../core/esn';
import { FREE_STEPS, TRAIN_STEPS, isSingularReadout } from '../../core/experiments';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { FigureLayout } from '../../ui/figure';
import { useJob } from '../../ui/useJob';
import { useWidgetProps, WidgetContext } from '../host/context';
import { EchoPlots } from './EchoPlots';
import { EchoReadout, EchoTable } from './EchoReadout';
import { EchoSettings } from './EchoSettings';
import { echoStateMeta } from './meta';
import './echoState.css';

const fixed2 = (v: number) => v.toFixed(2);

export default function EchoState() {
  const s = useStrings().echoState;
  const [props, setProps] = useWidgetProps(echoStateMeta);
  const { store } = useContext(WidgetContext)!;
  // A new computation whenever the settings change; the last finished one stays on screen.
  const { last: outcome, busy } = useJob('echoState', props, { auto: true, status: store });
  const result = outcome?.result ?? null;

  const picture =
    outcome?.error != null ? (
      <p className="widget-message" role="alert" data-testid="error">
        {isSingularReadout(outcome.error)
          ? format(s.singular, { lambda: outcome.input.ridge.toExponential(1) })
          : format(s.failed, { message: outcome.error })}
      </p>
    ) : result ? (
      <EchoPlots result={result} />
    ) : (
      <div className="echo-state__placeholder" aria-hidden="true" />
    );

  const controls = (
    <>
      <Slider
        prop="rho"
        label={s.rho}
        value={props.rho}
        min={0.1}
        max={1.6}
        step={0.05}
        format={fixed2}
        onChange={(rho) => setProps({ rho })}
      />
      <Slider
        prop="leak"
        label={s.leak}
        value={props.leak}
        min={0.05}
        max={1}
        step={0.01}
        format={fixed2}
        onChange={(leak) => setProps({ leak })}
      />
      <p className="echo-state__status muted" role="status" data-testid="status">
        {busy ? format(s.computing, { steps: TRAIN_STEPS, free: FREE_STEPS }) : ''}
      </p>
    </>
  );

  const readout = (
    <>
      {result && outcome && <EchoReadout result={result} settings={outcome.input} />}
      <p className="muted">
        {format(s.note, { washout: sineGeneratorConfig.washout, steps: TRAIN_STEPS - 1 })}
      </p>
    </>
  );

  return (
    <div className={busy ? 'echo-state echo-state--busy' : 'echo-state'}>
      <FigureLayout
        picture={picture}
        controls={controls}
        readout={readout}
        table={result && outcome && <EchoTable result={result} settings={outcome.input} />}
        more={<EchoSettings props={props} setProps={setProps} />}
      />
    </div>
  );
}
