import { useId } from 'react';
import { format } from '../../i18n';
import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { LR_RANGE, type charRnnMeta } from './meta';

type Props = PropsOf<typeof charRnnMeta>;

export interface ModelSettingsProps {
  readonly props: Props;
  readonly running: boolean;
  readonly parameterCount: number | null;
  readonly ready: boolean;
  readonly canLoadShipped: boolean;
  setProps(patch: Partial<Props>): void;
  onStep(): void;
  onResetWeights(): void;
  onLoadShipped(): void;
}

function Select<V extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange(v: V): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          const hit = options.find(([v]) => String(v) === raw);
          if (hit) onChange(hit[0]);
        }}
      >
        {options.map(([v, text]) => (
          <option key={String(v)} value={String(v)}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Under More settings: the model (cell, units, layers — a new model with fresh weights) and how
 * it trains (sequence length, batch, learning rate, optimiser, clipping — the same weights), with
 * one step, start from scratch and the shipped model.
 */
export function ModelSettings(p: ModelSettingsProps) {
  const s = useStrings().charRnn;
  const { props, setProps } = p;
  return (
    <>
      <fieldset className="char-rnn__group">
        <legend>{s.modelSection}</legend>
        <div className="char-rnn__controls">
          <Select
            label={s.cell}
            value={props.cell}
            options={[
              ['srn', s.cellSrn],
              ['gru', s.cellGru],
              ['lstm', s.cellLstm],
            ]}
            onChange={(cell) => setProps({ cell })}
          />
          <Slider
            label={s.hidden}
            value={props.hidden}
            min={4}
            max={128}
            step={4}
            format={(v) => String(v)}
            onChange={(v) => setProps({ hidden: Math.round(v) })}
          />
          <Slider
            label={s.layers}
            value={props.layers}
            min={1}
            max={3}
            step={1}
            format={(v) => String(v)}
            onChange={(v) => setProps({ layers: Math.round(v) })}
          />
        </div>
        <p className="muted">
          {s.rebuildNote}
          {p.parameterCount !== null && (
            <> ({format(s.params, { n: p.parameterCount.toLocaleString('en') })})</>
          )}
        </p>
      </fieldset>
      <fieldset className="char-rnn__group">
        <legend>{s.trainingSection}</legend>
        <div className="char-rnn__controls">
          <Slider
            label={s.seqLen}
            value={props.seqLen}
            min={4}
            max={100}
            step={1}
            format={(v) => String(v)}
            onChange={(v) => setProps({ seqLen: Math.round(v) })}
          />
          <Slider
            label={s.batch}
            value={props.batch}
            min={1}
            max={64}
            step={1}
            format={(v) => String(v)}
            onChange={(v) => setProps({ batch: Math.round(v) })}
          />
          <Slider
            label={s.lr}
            value={props.lr}
            min={LR_RANGE[0]}
            max={LR_RANGE[1]}
            log
            format={(v) => (v < 0.01 ? v.toExponential(1) : v.toPrecision(2))}
            onChange={(lr) => setProps({ lr: Math.min(LR_RANGE[1], Math.max(LR_RANGE[0], lr)) })}
          />
          <Select
            label={s.optimiser}
            value={props.optimiser}
            options={[
              ['sgd', s.optSgd],
              ['momentum', s.optMomentum],
              ['rmsprop', s.optRmsprop],
              ['adam', s.optAdam],
            ]}
            onChange={(optimiser) => setProps({ optimiser })}
          />
          <Slider
            label={s.clip}
            value={props.clip}
            min={0}
            max={20}
            step={0.5}
            format={(v) => (v === 0 ? s.clipOff : v.toFixed(1))}
            onChange={(clip) => setProps({ clip })}
          />
        </div>
        <div className="widget-row" role="group" aria-label={s.trainingControls}>
          <button type="button" onClick={p.onStep} disabled={!p.ready || p.running}>
            {s.step}
          </button>
          <button type="button" onClick={p.onResetWeights} disabled={!p.ready}>
            {s.resetWeights}
          </button>
          {p.canLoadShipped && (
            <button type="button" onClick={p.onLoadShipped} disabled={!p.ready}>
              {s.loadShipped}
            </button>
          )}
        </div>
      </fieldset>
    </>
  );
}
