import { useRef } from 'react';
import { format } from '../../../i18n';
import { FigureLayout, NumbersTable, PlayPause, PresetRow } from '../../../ui/figure';
import { useStrings } from '../../../ui/LangContext';
import { HeldNotice } from '../../training/HeldNotice';
import { playgroundMeta } from '../meta';
import { TaskPreview } from '../TaskPreview';
import { EsnDiagram } from './EsnDiagram';
import { EsnWatch } from './EsnWatch';
import { useEsnPlaygroundView } from './useEsnPlaygroundView';
import { SettingsGroups } from '../SettingsGroups';

const fixed = (v: number | null | undefined, digits = 4) =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);

/**
 * The Playground with an echo state network as its cell: the same Compose, Task and Training
 * groups, a reservoir drawn from the seed and a readout fitted in one ridge solve per step
 * (useEsnPlaygroundView), and the views that apply to it.
 */
export function EsnPlayground() {
  const s = useStrings().playground;
  const e = useStrings().playgroundEsn;
  const rootRef = useRef<HTMLDivElement>(null);
  const v = useEsnPlaygroundView(rootRef);
  const { props, setProps, composition, composed, run } = v;
  const loss = fixed(run.losses[run.losses.length - 1]?.value);
  const sequences = run.latest?.sequences ?? 0;
  const state = !composed
    ? 'refused'
    : v.done
      ? 'done'
      : run.running
        ? 'running'
        : run.step > 0
          ? 'paused'
          : 'idle';
  const status =
    state === 'refused'
      ? s.status.refused
      : state === 'idle'
        ? format(e.status.idle, { trained: composed!.trained })
        : format(e.status[state], { step: run.step, steps: props.steps, sequences, loss });

  const controls = (
    <>
      <PresetRow meta={playgroundMeta} props={props} onApply={setProps} />
      <div className="figure-row">
        <PlayPause
          running={run.running}
          disabled={!composed || v.done}
          playLabel={s.play}
          onToggle={(go) => (go ? v.play() : v.pause())}
          status={
            <span
              data-testid="playground-status"
              data-step={run.step}
              data-loss={run.losses[run.losses.length - 1]?.value ?? ''}
              data-state={state}
            >
              {status}
            </span>
          }
        />
        <HeldNotice held={run.held} />
        <button type="button" onClick={v.stepOnce} disabled={!composed || run.running || v.done}>
          {s.step}
        </button>
        <button type="button" onClick={v.reset} disabled={!composed}>
          {s.reset}
        </button>
      </div>
      <p className="muted playground__note" data-testid="playground-esn-engine">
        {e.engine}
      </p>
      <SettingsGroups
        props={props}
        setProps={setProps}
        problem={composition.ok ? null : composition.problem}
        error={(run.error && format(e.failed, { message: run.error })) || null}
      />
      <p className="muted playground__note" data-testid="playground-esn-keep">
        {e.keep}
      </p>
    </>
  );

  const picture = (
    <div className="playground__picture">
      {composed && <EsnDiagram composed={composed} nonzero={run.latest?.nonzero ?? null} />}
      {composed && v.heldOut && <TaskPreview task={composed.task} sample={v.heldOut[0]!} />}
      {composed && (
        <EsnWatch
          run={run}
          metric={v.kind}
          heldOut={v.heldOut?.length ?? 0}
          axis={props.watchAxis}
          onAxis={(watchAxis) => setProps({ watchAxis })}
        />
      )}
    </div>
  );

  const table = composed && (
    <NumbersTable
      caption={s.numbersCaption}
      columns={[
        { label: s.numbersStep, digits: 0 },
        { label: e.numbersSequences, digits: 0 },
        { label: e.numbersRows, digits: 0 },
        s.numbersLoss,
        s.metrics[v.kind],
        { label: s.numbersParams, digits: 0 },
      ]}
      rows={[
        [
          run.step,
          sequences,
          run.latest?.rows ?? 0,
          loss,
          fixed(run.metrics[run.metrics.length - 1]?.value),
          composed.trained,
        ],
      ]}
      testId="playground-numbers"
    />
  );

  return (
    <div ref={rootRef} className="playground" data-cell="esn">
      <FigureLayout picture={picture} controls={controls} table={table} />
    </div>
  );
}
