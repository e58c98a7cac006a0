import { useRef } from 'react';
import { GATE_TRACE_SYMBOLS } from '../../core/experiments';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { FigureLayout, NumbersTable, PlayPause, PresetRow, SeedButton } from '../../ui/figure';
import { useWidgetProps } from '../host/context';
import { HeldNotice } from '../training/HeldNotice';
import { GateMaps } from './GateMaps';
import { gateTracesMeta } from './meta';
import { SCORED_STREAMS, SHOWN_STREAM, TRAIN_STEPS } from './training';
import { useGateTraces } from './useGateTraces';
import './gateTraces.css';

const n2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');

export default function GateTraces() {
  const s = useStrings().gateTraces;
  const lang = useLang();
  const rootRef = useRef<HTMLDivElement>(null);
  const [props, setProps] = useWidgetProps(gateTracesMeta);
  const g = useGateTraces(props, rootRef);
  const { summary, trace } = g;
  const unit = summary.memoryUnit;
  const loss = g.loss === null ? '—' : g.loss.toFixed(3);
  const percent = (p: number) =>
    p.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
      style: 'percent',
      maximumFractionDigits: 1,
    });

  const status = g.error
    ? format(s.failed, { message: g.error })
    : g.done
      ? format(s.trained, { total: TRAIN_STEPS, loss })
      : g.running
        ? format(s.training, { step: g.step, total: TRAIN_STEPS, loss })
        : g.step > 0
          ? format(s.paused, { step: g.step, total: TRAIN_STEPS })
          : s.untrained;

  const controls = (
    <>
      <div className="figure-row">
        <PlayPause
          running={g.running}
          disabled={g.done}
          playLabel={s.train}
          onToggle={(run) => (run ? g.play() : g.pause())}
          status={
            <span data-testid="training-status" data-step={g.step}>
              {status}
            </span>
          }
        />
        <button type="button" onClick={g.restart}>
          {s.again}
        </button>
      </div>
      <HeldNotice held={g.held} />
    </>
  );

  const readout = (
    <>
      <p
        data-testid="gate-summary"
        data-unit={unit}
        data-forget-boundary={summary.forgetAtBoundary}
        data-forget-elsewhere={summary.forgetElsewhere}
        data-input-key={summary.inputAtKey}
        data-input-gap={summary.inputElsewhere}
      >
        {format(s.summary, {
          unit: unit + 1,
          fB: n2(summary.forgetAtBoundary),
          fE: n2(summary.forgetElsewhere),
          iK: n2(summary.inputAtKey),
          iE: n2(summary.inputElsewhere),
        })}
      </p>
      <p data-testid="accuracy" data-accuracy={summary.accuracy}>
        {format(s.accuracy, {
          accuracy: percent(summary.accuracy),
          streams: SCORED_STREAMS.length,
        })}
      </p>
    </>
  );

  const table = (
    <NumbersTable
      testId="trace-table"
      caption={format(s.table, { unit: unit + 1 })}
      columns={[
        { label: 't' },
        { label: s.symbol },
        { label: 'i' },
        { label: 'f' },
        { label: 'o' },
        { label: 'c' },
      ]}
      rows={SHOWN_STREAM.ids.map((id, t) => [
        String(t),
        `${GATE_TRACE_SYMBOLS[id]}${SHOWN_STREAM.keys.includes(t) ? ' ▾' : ''}`,
        trace.i[t]![unit]!,
        trace.f[t]![unit]!,
        trace.o[t]![unit]!,
        trace.c[t]![unit]!,
      ])}
    />
  );

  const more = (
    <>
      <PresetRow meta={gateTracesMeta} props={props} onApply={setProps} />
      <Slider
        prop="lr"
        label={s.lr}
        log
        value={props.lr}
        min={0.001}
        max={0.1}
        format={(v) => v.toPrecision(2)}
        onChange={(lr) => setProps({ lr })}
      />
      <Slider
        prop="hidden"
        label={s.hidden}
        value={props.hidden}
        min={2}
        max={8}
        step={1}
        format={String}
        onChange={(hidden) => setProps({ hidden })}
      />
      <Slider
        prop="forgetBias"
        label={s.forgetBias}
        value={props.forgetBias}
        min={0}
        max={5}
        step={0.5}
        onChange={(forgetBias) => setProps({ forgetBias })}
      />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );

  return (
    <div className="traces" ref={rootRef}>
      <FigureLayout
        picture={
          <>
            <GateMaps trace={trace} unit={unit} />
            <p className="muted">{s.key}</p>
          </>
        }
        controls={controls}
        readout={readout}
        table={table}
        more={more}
      />
    </div>
  );
}
