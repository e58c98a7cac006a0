import { useRef } from 'react';
import { format } from '../../i18n';
import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { FigureLayout, NumbersTable, PresetRow, SeedButton, PropControl } from '../../ui/figure';
import { fmtNorm, tableLags } from './format';
import { LagChart } from './LagChart';
import { gradientFlowMeta } from './meta';
import { TrainingPanel } from './TrainingPanel';
import { useGradientFlowView } from './useGradientFlowView';
import './gradientFlow.css';

type Props = PropsOf<typeof gradientFlowMeta>;

const ACTIVATIONS = ['tanh', 'sigmoid', 'relu', 'linear'] as const;

const VERDICTS = {
  vanish: 'verdictVanish',
  explode: 'verdictExplode',
  flat: 'verdictFlat',
} as const;

export default function GradientFlow() {
  const s = useStrings().gradientFlow;
  const terms = useStrings().terms;
  const rootRef = useRef<HTMLDivElement>(null);
  const v = useGradientFlowView(rootRef);
  const { props, setProps, measurement: m, lastLag } = v;

  const controls = (
    <>
      <Slider
        prop="rho"
        label={s.rho}
        value={props.rho}
        min={0.1}
        max={3}
        step={0.05}
        onChange={(rho) => setProps({ rho })}
      />
      <PropControl prop="activation">
        <label className="field">
          <span>{s.activation}</span>
          <select
            value={props.activation}
            onChange={(e) => setProps({ activation: e.currentTarget.value as Props['activation'] })}
          >
            {ACTIVATIONS.map((a) => (
              <option key={a} value={a}>
                {terms.activation[a]}
              </option>
            ))}
          </select>
        </label>
      </PropControl>
    </>
  );

  const readout = (
    <>
      {m && v.verdict && (
        <p data-testid="verdict">
          {format(s[VERDICTS[v.verdict]], { T: lastLag, last: fmtNorm(m.measured[lastLag]!) })}
        </p>
      )}
      {m && (
        <p className="muted flow__caption" data-testid="caption">
          {format(s.caption, {
            gamma: m.gamma,
            activation: props.activation,
            rho: m.rho.toFixed(3),
            sigma: m.sigma.toFixed(3),
          })}
        </p>
      )}
      {v.measureError && (
        <p className="widget-message" role="status">
          {format(s.measureFailed, { message: v.measureError })}
        </p>
      )}
      <TrainingPanel
        training={v.training}
        steps={v.steps}
        full={v.full}
        lstm={props.lstm}
        onLstm={(lstm) => setProps({ lstm })}
      />
    </>
  );

  const table = m && (
    <NumbersTable
      testId="lag-table"
      caption={s.lagTable}
      columns={[
        { label: s.lag },
        { label: s.measured, format: fmtNorm },
        { label: s.boundRho, format: fmtNorm },
        { label: s.boundSigma, format: fmtNorm },
      ]}
      rows={tableLags(v.measuredT).map((lag) => [
        String(lag),
        m.measured[lag]!,
        m.boundRho[lag]!,
        m.boundSigma[lag]!,
      ])}
    />
  );

  const more = (
    <>
      <PresetRow meta={gradientFlowMeta} props={props} onApply={setProps} />
      <Slider
        prop="hidden"
        label={s.hidden}
        value={props.hidden}
        min={2}
        max={48}
        step={1}
        format={String}
        onChange={(to) => setProps({ hidden: Math.round(to) })}
      />
      <Slider
        prop="T"
        label={s.T}
        value={props.T}
        min={10}
        max={100}
        step={5}
        format={String}
        onChange={(to) => setProps({ T: Math.round(to) })}
      />
      <Slider
        prop="lr"
        label={s.lr}
        value={props.lr}
        min={0.001}
        max={1}
        log
        format={(to) => to.toPrecision(2)}
        onChange={(lr) => setProps({ lr })}
      />
      <Slider
        prop="every"
        label={s.every}
        value={props.every}
        min={5}
        max={200}
        step={5}
        format={String}
        onChange={(to) => setProps({ every: Math.round(to) })}
      />
      <div className="figure-row">
        <PropControl prop="init">
          <label className="field">
            <span>{s.init}</span>
            <select
              value={props.init}
              onChange={(e) => setProps({ init: e.currentTarget.value as Props['init'] })}
            >
              <option value="uniform">{s.initUniform}</option>
              <option value="orthogonal">{s.initOrthogonal}</option>
            </select>
          </label>
        </PropControl>
        <PropControl prop="clip">
          <label className="flow__check">
            <input
              type="checkbox"
              checked={props.clip}
              onChange={(e) => setProps({ clip: e.currentTarget.checked })}
            />
            {s.clip}
          </label>
        </PropControl>
        <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
      </div>
    </>
  );

  return (
    // data-held: training waits (off screen: no column is on its way; tab hidden: the session
    // has stopped).
    <div className="flow" ref={rootRef} data-held={v.training.held !== null}>
      <FigureLayout
        picture={<LagChart measurement={m} />}
        controls={controls}
        readout={readout}
        table={table || undefined}
        more={more}
      />
    </div>
  );
}
