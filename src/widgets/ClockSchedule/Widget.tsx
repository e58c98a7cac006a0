import { createBlockMatrix } from '../../charts/blockMatrix';
import { createClockTimeline } from '../../charts/clockTimeline';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import {
  FigureLayout,
  NumbersTable,
  PlayPause,
  PresetRow,
  SeedButton,
  StepControls,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { MAX_MODULES, MAX_PERIOD, MAX_UNITS, clockScheduleMeta } from './meta';
import { useClockScheduleView, values } from './useClockScheduleView';
import './clockSchedule.css';

const NO_OPTIONS = {};
const count = (v: number) =>
  Number.isInteger(v)
    ? v.toLocaleString('en')
    : v.toLocaleString('en', { maximumFractionDigits: 2 });

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

  const ratio = (a: number, b: number) => a / b;
  const table = (
    <NumbersTable
      testId="counts-table"
      caption={format(s.table, { g, k, H: g * k })}
      columns={[
        { label: s.quantity },
        { label: s.cw, format: count },
        { label: s.srn, format: count },
        { label: s.ratio, digits: 2 },
      ]}
      rows={[
        [s.rowRecurrent, counts.clockwork.recurrent, counts.srn.recurrent],
        [
          s.rowShared,
          counts.clockwork.input + counts.clockwork.bias + counts.clockwork.output,
          counts.srn.input + counts.srn.bias + counts.srn.output,
        ],
        [s.rowTotal, engine.clockwork, engine.srn],
        [format(s.rowStep, { t }), v.stepWork, v.srnStepWork],
        [s.rowAverage, counts.clockwork.averageWork, counts.srn.averageWork],
        [s.rowPeak, counts.clockwork.peakWork, counts.srn.peakWork],
      ].map(([label, cw, srn]) => [
        label as string,
        cw as number,
        srn as number,
        ratio(cw as number, srn as number),
      ])}
    />
  );

  const more = (
    <>
      <Slider
        label={s.units}
        value={props.unitsPerModule}
        min={1}
        max={MAX_UNITS}
        step={1}
        format={String}
        onChange={(to) => setProps({ unitsPerModule: to })}
      />
      <fieldset className="figure-row">
        <legend>{s.weights}</legend>
        {(['seeded', 'hand'] as const).map((w) => (
          <label key={w}>
            <input
              type="radio"
              name={`${v.hintId}-weights`}
              checked={props.weights === w}
              onChange={() => setProps({ weights: w })}
            />{' '}
            {w === 'hand' ? s.weightsHand : s.weightsSeeded}
          </label>
        ))}
      </fieldset>
      <fieldset className="figure-row">
        <legend>{s.input}</legend>
        {(['wave', 'pulse'] as const).map((x) => (
          <label key={x}>
            <input
              type="radio"
              name={`${v.hintId}-input`}
              checked={props.input === x}
              onChange={() => setProps({ input: x })}
            />{' '}
            {x === 'pulse' ? s.inputPulse : s.inputWave}
          </label>
        ))}
      </fieldset>
      {props.weights === 'seeded' && (
        <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
      )}
    </>
  );

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
