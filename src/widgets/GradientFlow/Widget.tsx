import { useEffect, useMemo, useRef, useState } from 'react';
import { createHeatmap, logExtent, type HeatmapOptions } from '../../charts/logHeatmap';
import { createLogLines, type LogLinesOptions, type LogSeries } from '../../charts/logLines';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { useChart } from '../../ui/useChart';
import { useSettled } from '../../ui/useSettled';
import { PresetSelect } from '../host/PresetSelect';
import { useWidgetState } from '../host/context';
import type { PropsOf } from '../../state/widgetMeta';
import type { WidgetStatus } from '../../state/widgetStore';
import { gradientFlowMeta } from './meta';
import { measureJacobians } from './model';
import { HeldNotice } from '../training/HeldNotice';
import type { HeldBy } from '../training/sessionController';
import { FlowTrainer, MAX_COLUMNS, type FlowColumn, type FlowHistory } from './trainer';
import { fmtNorm, tableLags } from './format';
import './gradientFlow.css';

type Props = PropsOf<typeof gradientFlowMeta>;

const ACTIVATIONS = ['tanh', 'sigmoid', 'relu', 'linear'] as const;

function Heatmap({
  title,
  columns,
  testId,
}: {
  title: string;
  columns: readonly FlowColumn[];
  testId: string;
}) {
  const s = useStrings().gradientFlow;
  const options = useMemo<HeatmapOptions>(
    () => ({
      xLabel: s.heatX,
      yLabel: s.heatY,
      legendLabel: s.legend,
      maxColumns: MAX_COLUMNS,
      cellTitle: (c, t, v) =>
        format(s.cellTitle, { step: columns[c]?.step ?? c, t, value: fmtNorm(v) }),
    }),
    // The title callback reads the latest columns through this closure's array.
    [s, columns],
  );
  const data = useMemo(() => {
    const norms = columns.map((c) => c.norms);
    return {
      columns: norms,
      columnLabels: columns.map((c) => String(c.step)),
      logDomain: logExtent(norms),
    };
  }, [columns]);
  const ref = useChart(createHeatmap, options, data);
  return (
    <figure className="flow__heatmap" data-testid={testId} data-columns={columns.length}>
      <figcaption>{title}</figcaption>
      <div ref={ref} />
    </figure>
  );
}

function Summary({
  name,
  columns,
  testId,
}: {
  name: string;
  columns: readonly FlowColumn[];
  testId: string;
}) {
  const s = useStrings().gradientFlow;
  const last = columns.at(-1);
  if (!last) return null;
  const T = last.norms.length;
  const end = last.norms[T - 1]!;
  // t = 0 contributes nothing to ∂E/∂W (its term is δ₀ s₋₁ᵀ with s₋₁ = 0): compare with t = 1.
  const start = last.norms[1]!;
  return (
    <p data-testid={testId} data-start={start} data-end={end} data-step={last.step}>
      {format(s.summary, {
        name,
        steps: last.step,
        last: T - 1,
        end: fmtNorm(end),
        lag: T - 2,
        start: fmtNorm(start),
        ratio: fmtNorm(start / end),
      })}
      {Number.isFinite(last.loss) && (
        <span className="muted"> ({format(s.loss, { loss: last.loss.toFixed(4) })})</span>
      )}
    </p>
  );
}

export default function GradientFlow() {
  const s = useStrings().gradientFlow;
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const setStatus = useWidgetState<Props, (st: WidgetStatus) => void>((st) => st.setStatus);
  const { activation, init, seed, clip, lstm } = props;
  // The sliders move at once; the measurement and the trainer (both on the main thread, over
  // 100 ms at the largest sizes) follow once a slider has come to rest.
  const rho = useSettled(props.rho);
  const hidden = useSettled(props.hidden);
  const T = useSettled(props.T);
  const lr = useSettled(props.lr);
  const every = useSettled(props.every);

  const measurement = useMemo(
    () => measureJacobians({ rho, activation, hidden, T, init, seed }),
    [rho, activation, hidden, T, init, seed],
  );
  const series = useMemo<LogSeries[]>(
    () => [
      { id: 'measured', label: s.measured, values: measurement.measured, marker: 'circle' },
      { id: 'rho', label: s.boundRho, values: measurement.boundRho, dash: '7 4' },
      { id: 'sigma', label: s.boundSigma, values: measurement.boundSigma, dash: '2 3' },
    ],
    [measurement, s],
  );
  const lineOptions = useMemo<LogLinesOptions>(
    () => ({ xLabel: s.lagAxis, yLabel: s.normAxis }),
    [s],
  );
  const lineRef = useChart(createLogLines, lineOptions, series);

  // Training: a new trainer whenever a setting it depends on changes.
  const trainerRef = useRef<FlowTrainer | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const visibleRef = useRef(true);
  const [history, setHistory] = useState<FlowHistory>({ srn: [], lstm: [], diverged: null });
  const [running, setRunning] = useState(false);
  const [held, setHeld] = useState<HeldBy | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const trainer = new FlowTrainer(
      { rho, activation, hidden, T, init, seed, lr, clip, lstm, every },
      (h, r, waiting) => {
        setHistory(h);
        setRunning(r);
        setHeld(waiting);
      },
    );
    trainer.setVisible(visibleRef.current);
    trainerRef.current = trainer;
    return () => {
      trainer.dispose();
      trainerRef.current = null;
    };
  }, [rho, activation, hidden, T, init, seed, lr, clip, lstm, every, generation]);

  // Training waits while the widget is scrolled out of view.
  useEffect(() => {
    const el = rootRef.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      visibleRef.current = entries.some((e) => e.isIntersecting);
      trainerRef.current?.setVisible(visibleRef.current);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    setStatus(running ? 'running' : 'ready');
  }, [running, setStatus]);

  const trainer = trainerRef.current;
  const steps = history.srn.at(-1)?.step ?? 0;
  const full = history.srn.length >= MAX_COLUMNS;
  const m = measurement;
  const lastLag = T - 1;
  const verdict =
    m.measured[lastLag]! < 0.1
      ? s.verdictVanish
      : m.measured[lastLag]! > 10
        ? s.verdictExplode
        : s.verdictFlat;

  return (
    // data-held: training waits (off screen: no column is on its way; tab hidden: the session
    // has stopped).
    <div className="flow" ref={rootRef} data-held={held !== null}>
      <div className="widget-row">
        <PresetSelect meta={gradientFlowMeta} />
        <label className="field">
          <span>{s.activation}</span>
          <select
            value={activation}
            onChange={(e) => setProps({ activation: e.currentTarget.value as Props['activation'] })}
          >
            {ACTIVATIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{s.init}</span>
          <select
            value={init}
            onChange={(e) => setProps({ init: e.currentTarget.value as Props['init'] })}
          >
            <option value="uniform">{s.initUniform}</option>
            <option value="orthogonal">{s.initOrthogonal}</option>
          </select>
        </label>
      </div>
      <div className="flow__sliders">
        <Slider
          label={s.rho}
          value={props.rho}
          min={0.1}
          max={3}
          step={0.05}
          onChange={(v) => setProps({ rho: v })}
        />
        <Slider
          label={s.hidden}
          value={props.hidden}
          min={2}
          max={48}
          step={1}
          format={String}
          onChange={(v) => setProps({ hidden: Math.round(v) })}
        />
        <Slider
          label={s.T}
          value={props.T}
          min={10}
          max={100}
          step={5}
          format={String}
          onChange={(v) => setProps({ T: Math.round(v) })}
        />
      </div>

      <figure className="flow__lags">
        <figcaption>{s.lagChart}</figcaption>
        <div ref={lineRef} data-testid="lag-chart" />
        <ul className="flow__key">
          <li>
            <svg width="34" height="10" aria-hidden="true">
              <path className="flow__key-measured" d="M2,5H32" />
              <circle className="flow__key-dot" cx="17" cy="5" r="2.5" />
            </svg>
            {s.measured}
          </li>
          <li>
            <svg width="34" height="10" aria-hidden="true">
              <path className="flow__key-rho" d="M2,5H32" strokeDasharray="7 4" />
            </svg>
            {s.boundRho}
          </li>
          <li>
            <svg width="34" height="10" aria-hidden="true">
              <path className="flow__key-sigma" d="M2,5H32" strokeDasharray="2 3" />
            </svg>
            {s.boundSigma}
          </li>
        </ul>
      </figure>
      <p className="muted flow__caption" data-testid="caption">
        {format(s.caption, {
          gamma: m.gamma,
          activation,
          rho: m.rho.toFixed(3),
          sigma: m.sigma.toFixed(3),
        })}
      </p>
      <table className="flow__table" data-testid="lag-table">
        <caption>{s.lagTable}</caption>
        <thead>
          <tr>
            <th scope="col">{s.lag}</th>
            <th scope="col">{s.measured}</th>
            <th scope="col">{s.boundRho}</th>
            <th scope="col">{s.boundSigma}</th>
          </tr>
        </thead>
        <tbody>
          {tableLags(T).map((lag) => (
            <tr key={lag} data-lag={lag}>
              <th scope="row">{lag}</th>
              <td data-testid={`measured-${lag}`} data-value={m.measured[lag]}>
                {fmtNorm(m.measured[lag]!)}
              </td>
              <td data-testid={`rho-${lag}`} data-value={m.boundRho[lag]}>
                {fmtNorm(m.boundRho[lag]!)}
              </td>
              <td data-testid={`sigma-${lag}`} data-value={m.boundSigma[lag]}>
                {fmtNorm(m.boundSigma[lag]!)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="verdict">
        {format(verdict, { T: lastLag, last: fmtNorm(m.measured[lastLag]!) })}
      </p>

      <h4 className="flow__train-title">{s.train}</h4>
      <div className="flow__sliders">
        <Slider
          label={s.lr}
          value={props.lr}
          min={0.001}
          max={1}
          log
          format={(v) => v.toPrecision(2)}
          onChange={(v) => setProps({ lr: v })}
        />
        <Slider
          label={s.every}
          value={props.every}
          min={5}
          max={200}
          step={5}
          format={String}
          onChange={(v) => setProps({ every: Math.round(v) })}
        />
      </div>
      <div className="widget-row">
        <label className="flow__check">
          <input
            type="checkbox"
            checked={clip}
            onChange={(e) => setProps({ clip: e.currentTarget.checked })}
          />
          {s.clip}
        </label>
        <label className="flow__check">
          <input
            type="checkbox"
            checked={lstm}
            onChange={(e) => setProps({ lstm: e.currentTarget.checked })}
          />
          {s.lstm}
        </label>
      </div>
      <div className="widget-row" role="group" aria-label={s.train}>
        {running ? (
          <button type="button" onClick={() => trainer?.pause()}>
            ❚❚ {s.pause}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void trainer?.start()}
            disabled={full || !!history.diverged}
          >
            ▶ {s.start}
          </button>
        )}
        <button
          type="button"
          onClick={() => void trainer?.advance()}
          disabled={running || full || !!history.diverged}
        >
          {s.step}
        </button>
        <button type="button" onClick={() => setGeneration((g) => g + 1)}>
          ⟲ {s.reset}
        </button>
        <span aria-live="polite" data-testid="progress">
          {format(s.progress, { columns: history.srn.length, max: MAX_COLUMNS, steps })}
          {held && ' '}
          <HeldNotice held={held} />
        </span>
      </div>
      {history.diverged && (
        <p className="widget-message" role="status" data-testid="diverged">
          {format(s.diverged, { message: history.diverged })}
        </p>
      )}
      <div className="flow__heatmaps">
        <Heatmap title={s.heatmapSrn} columns={history.srn} testId="heatmap-srn" />
        {lstm && <Heatmap title={s.heatmapLstm} columns={history.lstm} testId="heatmap-lstm" />}
      </div>
      {history.srn.length <= 1 && <p className="muted">{s.idle}</p>}
      <Summary name="SRN" columns={history.srn} testId="summary-srn" />
      {lstm && <Summary name="LSTM" columns={history.lstm} testId="summary-lstm" />}
    </div>
  );
}
