import { useContext, useMemo, useRef } from 'react';
import { createSuccessByLag, type SuccessByLagData } from '../../charts/successByLag';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { useChart } from '../../ui/useChart';
import type { JobState } from '../../sim/jobs';
import type { PropsOf } from '../../state/widgetMeta';
import { PresetSelect } from '../host/PresetSelect';
import { useJob } from '../../ui/useJob';
import { useWidgetState, WidgetContext } from '../host/context';
import { type JobResult, jobsFor, tabulate, TEST_SIZE } from '../../core/experiments';
import { latchMeta } from './meta';
import { ResultsTable } from './ResultsTable';
import './latch.css';

type Props = PropsOf<typeof latchMeta>;
type Phase = 'idle' | 'running' | 'paused' | 'held' | 'stopped' | 'done' | 'error';

const NO_RESULTS: readonly JobResult[] = [];

export default function Latch() {
  const s = useStrings().latch;
  const lang = useLang();
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const job = useJob('latch', props, { element: rootRef, status: store });
  const total = useMemo(() => jobsFor(props).length, [props]);
  // A change of settings abandons the experiment (its results would describe other settings).
  const current = job.input === props;
  const results = (current && job.progress?.results) || NO_RESULTS;
  const phase: Phase = !current ? 'idle' : phaseOf(job.state);
  const error = job.error ?? '';
  const start = job.start;
  const cancel = job.cancel;

  const rows = useMemo(() => tabulate(props, results), [props, results]);
  const chartOptions = useMemo(
    () => ({ xLabel: s.lagAxis, yLabel: s.shareAxis, ariaLabel: s.chartLabel }),
    [s],
  );
  const chartData = useMemo<SuccessByLagData>(
    () => ({
      lags: rows.map((r) => r.T),
      series: [
        {
          key: 'gd',
          label: s.gdShort,
          marker: 'circle',
          points: rows.map((r) => ({ lag: r.T, share: r.gd ? r.gd.solved / r.gd.runs : null })),
        },
        {
          key: 'rs',
          label: s.rsShort,
          marker: 'square',
          points: rows.map((r) => ({ lag: r.T, share: r.rs ? r.rs.solved / r.rs.runs : null })),
        },
      ],
    }),
    [rows, s],
  );
  const chartRef = useChart(createSuccessByLag, chartOptions, chartData);
  const number = (x: number, digits = 2) =>
    x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits });

  return (
    <div className="latch" ref={rootRef}>
      <div className="widget-row">
        <PresetSelect meta={latchMeta} />
        {phase === 'running' || phase === 'held' ? (
          <button type="button" onClick={cancel}>
            ■ {s.stop}
          </button>
        ) : phase === 'paused' ? (
          <button type="button" className="button--primary" onClick={job.resume}>
            ▶ {s.resume}
          </button>
        ) : (
          <button type="button" className="button--primary" onClick={start}>
            ▶ {phase === 'done' ? s.runAgain : s.run}
          </button>
        )}
      </div>
      <p className="muted" role="status" data-testid="latch-progress">
        {phase === 'idle'
          ? format(s.idle, { total, tests: TEST_SIZE })
          : phase === 'error'
            ? format(s.failed, { message: error })
            : format(PHASE_TEXT[phase](s), {
                done: results.length,
                total,
              })}
      </p>
      <div className="latch__settings">
        <Slider
          label={s.maxLag}
          value={props.maxLag}
          min={2}
          max={128}
          step={1}
          format={(v) => String(v)}
          onChange={(maxLag) => setProps({ maxLag: Math.round(maxLag) })}
        />
        <Slider
          label={s.hidden}
          value={props.hidden}
          min={1}
          max={4}
          step={1}
          format={(v) => String(v)}
          onChange={(hidden) => setProps({ hidden: Math.round(hidden) })}
        />
        <Slider
          label={s.noise}
          value={props.noiseStd}
          min={0}
          max={0.5}
          step={0.05}
          onChange={(noiseStd) => setProps({ noiseStd })}
        />
        <Slider
          label={s.lr}
          value={props.lr}
          min={0.01}
          max={5}
          log
          format={(v) => number(v, 3)}
          onChange={(lr) => setProps({ lr })}
        />
        <Slider
          label={s.range}
          value={props.range}
          min={0.5}
          max={20}
          step={0.5}
          format={(v) => `±${number(v, 1)}`}
          onChange={(range) => setProps({ range })}
        />
        <Slider
          label={s.budget}
          value={props.budget}
          min={100}
          max={5000}
          step={100}
          format={(v) => number(v, 0)}
          onChange={(budget) => setProps({ budget: Math.round(budget) })}
        />
        <Slider
          label={s.runs}
          value={props.runs}
          min={4}
          max={40}
          step={1}
          format={(v) => String(v)}
          onChange={(runs) => setProps({ runs: Math.round(runs) })}
        />
        <button type="button" onClick={() => setProps({ seed: (props.seed % 9999) + 1 })}>
          {s.newSeed} <span className="muted">({format(s.seed, { seed: props.seed })})</span>
        </button>
      </div>
      <div className="latch__chart" ref={chartRef} />
      <ResultsTable rows={rows} number={number} />
      <p className="muted latch__rules">{format(s.rules, { tests: TEST_SIZE })}</p>
    </div>
  );
}

/** What the reader is told; a run paused by another figure waits for "Resume". */
function phaseOf(state: JobState): Phase {
  if (state === 'cancelled') return 'stopped';
  if (state === 'pausing') return 'paused';
  return state;
}

type LatchStrings = ReturnType<typeof useStrings>['latch'];
const PHASE_TEXT: Record<Exclude<Phase, 'idle' | 'error'>, (s: LatchStrings) => string> = {
  running: (s) => s.progress,
  paused: (s) => s.paused,
  held: (s) => s.held,
  stopped: (s) => s.stopped,
  done: (s) => s.done,
};
