import { useId } from 'react';
import { format } from '../../i18n';
import type { EngineRequest } from '../../sim';
import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { EngineBadge } from '../../ui/EngineBadge';
import { Slider } from '../../ui/Slider';
import { HeldNotice } from '../training/HeldNotice';
import { useEngineBadge } from '../training/useEngineBadge';
import type { TrainerSnapshot } from './controller';
import { LR_RANGE, type charRnnMeta } from './meta';

type Props = PropsOf<typeof charRnnMeta>;

export interface TrainingPanelProps {
  readonly props: Props;
  readonly snapshot: TrainerSnapshot;
  readonly parameterCount: number | null;
  readonly ready: boolean;
  readonly canLoadShipped: boolean;
  readonly shippedMessage: string | null;
  /** The engine the reader chose in the badge ('auto', 'core', 'webgl', 'wasm', 'cpu'). */
  readonly engine: EngineRequest;
  setProps(patch: Partial<Props>): void;
  onEngine(engine: EngineRequest): void;
  onTrain(): void;
  onPause(): void;
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

/** Architecture, training settings, train/pause/step/reset, and the engine in use. */
export function TrainingPanel(p: TrainingPanelProps) {
  const s = useStrings().charRnn;
  const { props, snapshot, setProps } = p;
  const running = snapshot.state === 'running';
  const badge = useEngineBadge({
    config: snapshot.config,
    engine: snapshot.engine,
    requested: p.engine,
    error: snapshot.message,
    running,
    symbolsPerSecond: snapshot.symbolsPerSecond,
    webglLost: snapshot.webglLost,
    unit: 'chars',
    onChange: p.onEngine,
  });
  const sourceText = {
    init: s.sourceInit,
    shipped: s.sourceShipped,
    file: s.sourceFile,
    storage: s.sourceStorage,
    trained: s.sourceTrained,
  }[snapshot.source];
  return (
    <section className="char-rnn__section">
      <h4>{s.modelSection}</h4>
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
      <p className="muted">
        {s.rebuildNote}
        {p.parameterCount !== null && (
          <> ({format(s.params, { n: p.parameterCount.toLocaleString('en') })})</>
        )}
      </p>
      <div className="widget-row" role="group" aria-label={s.trainingControls}>
        {running ? (
          <button type="button" onClick={p.onPause}>
            ⏸ {s.pause}
          </button>
        ) : (
          <button type="button" onClick={p.onTrain} disabled={!p.ready}>
            ▶ {s.train}
          </button>
        )}
        <button type="button" onClick={p.onStep} disabled={!p.ready || running}>
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
      <HeldNotice held={snapshot.held} />
      <p data-testid="weights-source" data-source={snapshot.source}>
        {format(s.weights, { source: sourceText })}
      </p>
      {p.shippedMessage && (
        <p className="widget-message" role="status">
          {p.shippedMessage}
        </p>
      )}
      {snapshot.message && (
        <p className="widget-message" role="alert" data-testid="train-message">
          {format(s.diverged, { message: snapshot.message })}
        </p>
      )}
      {snapshot.config && (
        <div className="char-rnn__engine" data-testid="engine">
          <EngineBadge {...badge} />
        </div>
      )}
    </section>
  );
}
