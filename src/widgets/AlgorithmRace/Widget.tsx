import { useContext, useMemo, useRef, useState } from 'react';
import { createLineChart } from '../../charts/lineChart';
import type { Algorithm } from '../../core/diagnostics';
import { costsAt, type RaceProgress } from '../../core/experiments';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { useChart } from '../../ui/useChart';
import type { JobState } from '../../sim/jobs';
import type { PropsOf } from '../../state/widgetMeta';
import { PresetSelect } from '../host/PresetSelect';
import { useJob } from '../../ui/useJob';
import { useWidgetState, WidgetContext } from '../host/context';
import { appendPoints, costSeries, curveSeries, emptyCurves, type Curves } from './curves';
import { algorithmRaceMeta } from './meta';
import { RaceTable } from './RaceTable';
import './algorithmRace.css';

type Props = PropsOf<typeof algorithmRaceMeta>;
/** 'pausing': asked to pause, waiting for the race's last report before showing it paused. */
type Phase = 'idle' | 'running' | 'pausing' | 'paused' | 'error';

/** Hidden sizes of the cost chart: doublings, where n² and n⁴ separate clearly. */
const COST_SIZES = [2, 4, 8, 16, 32, 64, 128];

/** What the race's snapshots add up to: each brings the curve points since the one before. */
interface Track {
  readonly curves: Curves;
  readonly agreement: RaceProgress['agreement'];
}
const EMPTY: Track = { curves: emptyCurves(), agreement: null };

export default function AlgorithmRace() {
  const s = useStrings().algorithmRace;
  const lang = useLang();
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const [track, setTrack] = useState<Track>(EMPTY);
  // Off screen or in a hidden tab the race is held, and picks up where it was when seen again.
  const job = useJob('algorithmRace', props, {
    element: rootRef,
    status: store,
    onProgress: (progress) =>
      setTrack((t) => ({
        curves: appendPoints(t.curves, progress),
        agreement: progress.agreement ?? t.agreement,
      })),
  });
  // A race belongs to the settings it started with; new settings mean a new race.
  const current = job.input === props;
  const phase: Phase = current ? phaseOf(job.state) : 'idle';
  const { curves, agreement } = phase === 'idle' ? EMPTY : track;
  const latest = current ? job.progress : null;

  const start = () => {
    setTrack(EMPTY);
    job.start();
  };
  const { pause, resume } = job;
  const reset = () => {
    job.cancel();
    setTrack(EMPTY);
  };

  const names = useMemo<Record<Algorithm, string>>(
    () => ({
      bptt: 'BPTT',
      tbptt: `TBPTT(${props.k})`,
      rtrl: 'RTRL',
      ekf: 'EKF',
      dekf: s.dekf,
    }),
    [props.k, s],
  );
  const bySequence = useMemo(() => curveSeries(curves, names, 'sequences'), [curves, names]);
  const byTime = useMemo(() => curveSeries(curves, names, 'seconds'), [curves, names]);
  const costs = useMemo(
    () => COST_SIZES.map((n) => costsAt(n, props.length, props.k)),
    [props.length, props.k],
  );
  const opsSeries = useMemo(
    () => costSeries(COST_SIZES, costs, names, 'multiplyAdds'),
    [costs, names],
  );
  const memSeries = useMemo(
    () => costSeries(COST_SIZES, costs, names, 'floatsStored'),
    [costs, names],
  );

  const lossOpts = useMemo(
    () => ({
      xLabel: s.sequences,
      yLabel: s.loss,
      ariaLabel: s.lossBySequenceLabel,
      yDomain: [0, 1] as const,
    }),
    [s],
  );
  const timeOpts = useMemo(
    () => ({
      xLabel: s.seconds,
      yLabel: s.loss,
      ariaLabel: s.lossByTimeLabel,
      yDomain: [0, 1] as const,
    }),
    [s],
  );
  const opsOpts = useMemo(
    () => ({
      xLabel: s.hiddenUnits,
      yLabel: s.multiplyAdds,
      xLog: true,
      yLog: true,
      ariaLabel: s.opsLabel,
    }),
    [s],
  );
  const memOpts = useMemo(
    () => ({
      xLabel: s.hiddenUnits,
      yLabel: s.floats,
      xLog: true,
      yLog: true,
      ariaLabel: s.memLabel,
    }),
    [s],
  );
  const lossRef = useChart(createLineChart, lossOpts, bySequence);
  const timeRef = useChart(createLineChart, timeOpts, byTime);
  const opsRef = useChart(createLineChart, opsOpts, opsSeries);
  const memRef = useChart(createLineChart, memOpts, memSeries);
  const sci = (x: number) => x.toExponential(1);

  return (
    <div className="race" ref={rootRef}>
      <div className="widget-row">
        <PresetSelect meta={algorithmRaceMeta} />
        {phase === 'running' || phase === 'pausing' ? (
          <button type="button" onClick={pause} disabled={phase === 'pausing'}>
            ❚❚ {s.pause}
          </button>
        ) : phase === 'paused' ? (
          <button type="button" onClick={resume}>
            ▶ {s.resume}
          </button>
        ) : (
          <button type="button" onClick={start}>
            ▶ {s.start}
          </button>
        )}
        <button type="button" onClick={reset} disabled={phase === 'idle'}>
          ⟲ {s.restart}
        </button>
      </div>
      <p className="muted" role="status" data-testid="race-status">
        {phase === 'idle'
          ? s.idle
          : phase === 'error'
            ? format(s.failed, { message: job.error ?? '' })
            : format(
                phase === 'paused' ? s.paused : job.state === 'held' ? s.offscreen : s.running,
                {
                  n: latest?.stats[0]?.sequences ?? 0,
                },
              )}
      </p>
      <div className="race__settings">
        <label className="field">
          <span>{s.task}</span>
          <select
            value={props.task}
            onChange={(e) => setProps({ task: e.currentTarget.value as Props['task'] })}
          >
            <option value="delay">{s.taskDelay}</option>
            <option value="temporalXor">{s.taskXor}</option>
          </select>
        </label>
        <Slider
          label={s.lag}
          value={props.lag}
          min={1}
          max={5}
          step={1}
          format={String}
          onChange={(v) => setProps({ lag: Math.round(v) })}
        />
        <Slider
          label={s.hidden}
          value={props.hidden}
          min={2}
          max={12}
          step={1}
          format={String}
          onChange={(v) => setProps({ hidden: Math.round(v) })}
        />
        <Slider
          label={s.length}
          value={props.length}
          min={10}
          max={60}
          step={1}
          format={String}
          onChange={(v) => setProps({ length: Math.round(v) })}
        />
        <Slider
          label={s.k}
          value={props.k}
          min={1}
          max={20}
          step={1}
          format={String}
          onChange={(v) => setProps({ k: Math.round(v) })}
        />
        <Slider
          label={s.lr}
          value={props.lr}
          min={0.01}
          max={5}
          log
          format={(v) =>
            v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 3 })
          }
          onChange={(lr) => setProps({ lr })}
        />
      </div>
      <p className="muted">{s.fairness}</p>
      <div className="race__charts">
        <figure>
          <div ref={lossRef} />
          <figcaption>{s.lossBySequence}</figcaption>
        </figure>
        <figure>
          <div ref={timeRef} />
          <figcaption>{s.lossByTime}</figcaption>
        </figure>
      </div>
      <p data-testid="race-agreement" data-relative={agreement ? String(agreement.relative) : ''}>
        {agreement
          ? format(s.agreement, {
              at: agreement.at,
              diff: sci(agreement.maxDiff),
              rel: sci(agreement.relative),
            })
          : s.agreementPending}
      </p>
      <RaceTable
        names={names}
        latest={latest}
        hidden={props.hidden}
        length={props.length}
        k={props.k}
      />
      <div className="race__charts">
        <figure>
          <div ref={opsRef} />
          <figcaption>{s.opsCaption}</figcaption>
        </figure>
        <figure>
          <div ref={memRef} />
          <figcaption>{s.memCaption}</figcaption>
        </figure>
      </div>
    </div>
  );
}

/** What the reader is told; a held race (off screen, hidden tab) is still under way. */
function phaseOf(state: JobState): Phase {
  if (state === 'held') return 'running';
  if (state === 'done' || state === 'cancelled') return 'idle';
  return state;
}
