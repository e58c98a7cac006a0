import { createBlockMatrix } from '../../charts/blockMatrix';
import { createClockTimeline } from '../../charts/clockTimeline';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, PlayPause, PresetRow, StepControls, PropControl } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { ClockSettings } from './ClockSettings';
import { CountsTable } from './CountsTable';
import { MAX_MODULES, MAX_PERIOD, clockScheduleMeta } from './meta';
import { count, useClockScheduleView, values } from './useClockScheduleView';
import './clockSchedule.css';

const NO_OPTIONS = {};

export default function ClockSchedule() {
  const s = useStrings().clockSchedule;
  const v = useClockScheduleView();
  const { props, setProps, t, counts, engine } = v;
  const timelineRef = useChart(createClockTimeline, NO_OPTIONS, v.timeline);
  const blocksRef = useChart(createBlockMatrix, NO_OPTIONS, v.blocks);
  const runs = v.moduleStates.filter((m) => m.runs).map((m) => m.i);
  const holds = v.moduleStates.filter((m) => !m.runs).map((m) => m.i);
  const { g, k } = { g: props.periods.length, k: props.unitsPerModule };

  const picture = (
    <div className="clock-schedule__pictures">
      <figure className="clock-schedule__timeline" aria-label={s.timeline}>
        <div ref={timelineRef} data-testid="timeline" />
        <figcaption className="muted">{s.timelineNote}</figcaption>
      </figure>
      <figure className="clock-schedule__blocks" aria-label={s.blocks}>
        <figcaption>{s.blocks}</figcaption>
        <div ref={blocksRef} data-testid="blocks" />
        <p className="muted">{s.blocksNote}</p>
      </figure>
    </div>
  );

  const controls = (
    <>
      <StepControls
        prop="t"
        t={t}
        count={v.steps}
        onStep={(to) => setProps({ t: to })}
        position={format(s.position, { t, last: v.steps - 1 })}
      />
      <PlayPause running={v.playing} onToggle={v.togglePlay} playLabel={s.play} />
      <PresetRow
        meta={clockScheduleMeta}
        props={props}
        onApply={(preset) => {
          setProps(preset);
          if (preset.periods) v.applyPeriods(preset.periods);
        }}
      >
        <PropControl prop="periods">
          <label className="field">
            <span>{s.periods}</span>
            <input
              type="text"
              data-testid="periods"
              value={v.draft.draft}
              maxLength={60}
              spellCheck={false}
              aria-invalid={v.problem !== null}
              aria-describedby={v.problem ? v.hintId : undefined}
              onChange={(e) => v.draft.change(e.currentTarget.value)}
            />
          </label>
        </PropControl>
      </PresetRow>
      {v.problem && (
        <p className="widget-message" id={v.hintId} role="status" data-testid="periods-message">
          {format(problemText(s, v.problem), {
            kept: props.periods.join(', '),
            max: v.problem === 'count' ? MAX_MODULES : MAX_PERIOD,
          })}
        </p>
      )}
    </>
  );

  const readout = (
    <>
      <p data-testid="active-modules" data-active={runs.join(',')} aria-live="polite">
        {format(runs.length === 1 ? s.activeOne : s.active, { t, list: runs.join(', ') })}
        {holds.length === 0
          ? s.noneHeld
          : format(holds.length === 1 ? s.heldOne : s.held, { list: holds.join(', ') })}{' '}
        {format(s.rule, {
          checks: props.periods.map((T) => `${t} mod ${T} = ${t % T}`).join(', '),
        })}
      </p>
      <ul
        className="clock-schedule__states"
        aria-label={format(s.states, { t })}
        data-testid="module-states"
      >
        {v.moduleStates.map((m) => (
          <li
            key={m.i}
            data-module={m.i}
            data-runs={m.runs}
            data-values={Array.from(m.values).join(',')}
          >
            {format(m.runs ? s.moduleRuns : s.moduleHolds, {
              i: m.i,
              T: m.T,
              from: m.from,
              values: values(m.values),
            })}
          </li>
        ))}
      </ul>
      <p className="muted" data-testid="blocks-used">
        {format(s.blocksUsed, {
          used: v.usedBlocks,
          total: v.totalBlocks,
          weights: count(v.usedBlocks * k * k),
          all: count(counts.clockwork.recurrent),
        })}
      </p>
    </>
  );

  const table = (
    <CountsTable counts={counts} engine={engine} stepWork={v.stepWork} t={t} g={g} k={k} />
  );

  const more = <ClockSettings props={props} setProps={setProps} />;

  return (
    <FigureLayout
      className="clock-schedule"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}

function problemText(
  s: ReturnType<typeof useStrings>['clockSchedule'],
  problem: NonNullable<ReturnType<typeof useClockScheduleView>['problem']>,
): string {
  return {
    empty: s.periodsEmpty,
    number: s.periodsNumber,
    range: s.periodsRange,
    count: s.periodsCount,
    order: s.periodsOrder,
  }[problem];
}
