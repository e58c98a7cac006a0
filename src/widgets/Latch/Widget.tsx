import { useMemo, useRef } from 'react';
import { createSuccessByLag } from '../../charts/successByLag';
import { TEST_SIZE } from '../../core/experiments';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, NumbersTable, PlayPause } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { LatchSettings } from './LatchSettings';
import { useLatchView } from './useLatchView';
import './latch.css';

export default function Latch() {
  const s = useStrings().latch;
  const { rootRef, props, setProps, phase, running, stoppable, status, toggle, stop, ...v } =
    useLatchView();
  const controlsRef = useRef<HTMLDivElement>(null);
  const chartOptions = useMemo(
    () => ({ xLabel: s.lagAxis, yLabel: s.shareAxis, ariaLabel: s.chartLabel }),
    [s],
  );
  const chartRef = useChart(createSuccessByLag, chartOptions, v.chartData);

  // Stop disables itself once used: focus goes to the run button, not to the page.
  const onStop = () => {
    stop();
    controlsRef.current?.querySelector<HTMLButtonElement>('.play-pause__button')?.focus();
  };

  const controls = (
    <div className="figure-row" ref={controlsRef}>
      <PlayPause
        running={running}
        onToggle={toggle}
        playLabel={phase === 'paused' ? s.resume : phase === 'done' ? s.runAgain : s.run}
        status={<span data-testid="latch-progress">{status}</span>}
      />
      <button type="button" onClick={onStop} disabled={!stoppable}>
        <span aria-hidden="true">■</span> {s.stop}
      </button>
    </div>
  );

  const table = (
    <NumbersTable
      testId="latch-table"
      caption={s.tableCaption}
      columns={[
        { label: s.lag },
        { label: s.gdSolved },
        { label: s.gdMedian },
        { label: s.rsSolved },
        { label: s.rsMedian },
      ]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="latch" ref={rootRef}>
      <FigureLayout
        picture={<div className="latch__chart" ref={chartRef} />}
        controls={controls}
        readout={<p className="muted">{format(s.rules, { tests: TEST_SIZE })}</p>}
        table={table}
        more={<LatchSettings props={props} setProps={setProps} number={v.number} />}
      />
    </div>
  );
}
