import { useId } from 'react';
import { format } from '../../i18n';
import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { SliderTable, type SliderRow, PropControl } from '../../ui/figure';
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

const MODEL_SLIDERS = [
  ['hidden', 4, 128, 4],
  ['layers', 1, 3, 1],
] as const satisfies readonly SliderRow<string>[];
const readLr = (v: number) => (v < 0.01 ? v.toExponential(1) : v.toPrecision(2));
const TRAINING_SLIDERS = [
  ['seqLen', 4, 100, 1],
  ['batch', 1, 64, 1],
  ['lr', LR_RANGE[0], LR_RANGE[1], 'log', readLr],
] as const satisfies readonly SliderRow<string>[];

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
          <PropControl prop="cell">
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
          </PropControl>
          <SliderTable rows={MODEL_SLIDERS} values={props} labels={s} onChange={setProps} />
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
          <SliderTable rows={TRAINING_SLIDERS} values={props} labels={s} onChange={setProps} />
          <PropControl prop="optimiser">
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
          </PropControl>
          <SliderTable
            rows={[['clip', 0, 20, 0.5, (v) => (v === 0 ? s.clipOff : v.toFixed(1))]]}
            values={props}
            labels={s}
            onChange={setProps}
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
