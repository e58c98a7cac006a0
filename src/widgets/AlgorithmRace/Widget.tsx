import { useRef } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, NumbersTable, PlayPause } from '../../ui/figure';
import { RaceCharts } from './RaceCharts';
import { RaceSettings } from './RaceSettings';
import { useRaceView } from './useRaceView';
import './algorithmRace.css';

const sci = (x: number) => x.toExponential(1);

export default function AlgorithmRace() {
  const s = useStrings().algorithmRace;
  const { rootRef, props, setProps, phase, running, status, agreement, toggle, rows, ...v } =
    useRaceView();
  const controlsRef = useRef<HTMLDivElement>(null);

  // Reset disables itself once used: focus goes to the start button, not to the page.
  const reset = () => {
    v.reset();
    controlsRef.current?.querySelector<HTMLButtonElement>('.play-pause__button')?.focus();
  };

  const controls = (
    <div className="figure-row race__controls" ref={controlsRef}>
      <PlayPause
        running={running}
        onToggle={toggle}
        playLabel={phase === 'paused' ? s.resume : s.start}
        status={<span data-testid="race-status">{status}</span>}
      />
      <button type="button" onClick={reset} disabled={phase === 'idle'}>
        <span aria-hidden="true">⟲</span> {s.restart}
      </button>
    </div>
  );

  const readout = (
    <p data-testid="race-agreement" data-relative={agreement ? String(agreement.relative) : ''}>
      {agreement
        ? format(s.agreement, {
            at: agreement.at,
            diff: sci(agreement.maxDiff),
            rel: sci(agreement.relative),
          })
        : s.agreementPending}
    </p>
  );

  const table = (
    <>
      <NumbersTable
        testId="race-table"
        caption={s.tableCaption}
        columns={[
          { label: s.algorithm },
          { label: s.sequences },
          { label: s.loss },
          { label: s.msPerSequence },
          { label: s.multiplyAdds },
          { label: s.floats },
        ]}
        rows={rows}
      />
      <RaceCharts kind="cost" first={v.opsSeries} second={v.memSeries} />
    </>
  );

  return (
    <div className="race" ref={rootRef}>
      <FigureLayout
        picture={<RaceCharts kind="loss" first={v.bySequence} second={v.byTime} />}
        controls={controls}
        readout={readout}
        table={table}
        more={<RaceSettings props={props} setProps={setProps} />}
      />
    </div>
  );
}
