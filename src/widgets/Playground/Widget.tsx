import { useRef } from 'react';
import { format } from '../../i18n';
import { EngineBadge } from '../../ui/EngineBadge';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, NumbersTable, PlayPause, PresetRow } from '../../ui/figure';
import { HeldNotice } from '../training/HeldNotice';
import { KeepPanel } from './keep/KeepPanel';
import { useWidgetProps } from '../host/context';
import { EsnPlayground } from './esn/EsnPlayground';
import { metricKind } from '../../core/experiments';
import { ModelDiagram } from './ModelDiagram';
import { playgroundMeta } from './meta';
import { storyPreset } from './presetStory';
import { TaskPreview } from './TaskPreview';
import { usePlaygroundView } from './usePlaygroundView';
import { WatchPanel } from './WatchPanel';
import { SettingsGroups } from './SettingsGroups';
import './playground.css';

const fixed = (v: number | null | undefined, digits = 4) =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);

function SessionPlayground() {
  const s = useStrings().playground;
  const rootRef = useRef<HTMLDivElement>(null);
  const v = usePlaygroundView(rootRef);
  const { props, setProps, composition } = v;
  const composed = composition.ok ? composition : null;
  const loss = fixed(v.loss);
  const status = !composed
    ? s.status.refused
    : v.done
      ? format(s.status.done, { steps: v.step, loss })
      : v.running
        ? format(s.status.running, { step: v.step, steps: props.steps, loss })
        : v.step > 0
          ? format(s.status.paused, { step: v.step, steps: props.steps, loss })
          : format(s.status.idle, { params: composed.parameterCount });

  const story = s.stories[storyPreset(props)];
  const controls = (
    <>
      <PresetRow meta={playgroundMeta} props={props} onApply={setProps} />
      {story && (
        <p className="muted playground__note" data-testid="playground-story">
          {story}
        </p>
      )}
      <div className="figure-row">
        <PlayPause
          running={v.running}
          disabled={!composed || v.done}
          playLabel={s.play}
          onToggle={(run) => (run ? v.play() : v.pause())}
          status={
            <span
              data-testid="playground-status"
              data-step={v.step}
              data-loss={v.loss ?? ''}
              data-state={composed ? v.state : 'refused'}
            >
              {status}
            </span>
          }
        />
        <button type="button" onClick={v.stepOnce} disabled={!composed || v.running || v.done}>
          {s.step}
        </button>
        <button type="button" onClick={v.reset} disabled={!composed}>
          {s.reset}
        </button>
        <EngineBadge {...v.badge} disabled={!composed} />
      </div>
      <HeldNotice held={v.held} />
      <SettingsGroups
        props={props}
        setProps={setProps}
        problem={composition.ok ? null : composition.problem}
        error={(v.error && format(s.failed, { message: v.error })) || null}
      />
      <KeepPanel controller={v.controller} config={v.config} ready={v.sessionReady} />
    </>
  );

  const picture = (
    <div className="playground__picture">
      {v.diagram && <ModelDiagram diagram={v.diagram} />}
      {composed && v.evaluator && (
        <TaskPreview task={composed.task} sample={v.evaluator.samples[0]!} />
      )}
      {composed && (
        <WatchPanel
          history={v.history}
          metric={metricKind(composed.task)}
          heldOut={v.evaluator?.samples.length ?? 0}
          axis={props.watchAxis}
          onAxis={(watchAxis) => setProps({ watchAxis })}
          job={v.watchJob}
        />
      )}
    </div>
  );

  const metric = v.history.metrics[v.history.metrics.length - 1]?.value;
  const table = composed && (
    <NumbersTable
      caption={s.numbersCaption}
      columns={[
        { label: s.numbersStep, digits: 0 },
        s.numbersLoss,
        s.loss,
        s.metrics[metricKind(composed.task)],
        { label: s.numbersParams, digits: 0 },
      ]}
      rows={[[v.step, loss, fixed(v.lossSmoothed), fixed(metric), composed.parameterCount]]}
      testId="playground-numbers"
    />
  );

  return (
    <div ref={rootRef} className="playground">
      <FigureLayout picture={picture} controls={controls} table={table} />
    </div>
  );
}

/** An echo state network is fitted, not trained by a session: it has a view of its own (esn/). */
export default function Playground() {
  const [props] = useWidgetProps(playgroundMeta);
  return props.cell === 'esn' ? <EsnPlayground /> : <SessionPlayground />;
}
