import { useId, useMemo, useRef } from 'react';
import { createLineChart, type LineChartOptions } from '../../charts/lineChart';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, NumbersTable, PlayPause } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import '../LongLag/longLag.css';
import { CounterSettings } from './CounterSettings';
import { COUNTER_LANGUAGES } from './meta';
import { useCounterView } from './useCounterView';

export default function Counter() {
  const s = useStrings().counter;
  const { rootRef, props, setProps, phase, running, stoppable, status, toggle, stop, ...v } =
    useCounterView();
  const controlsRef = useRef<HTMLDivElement>(null);
  const groupName = useId();
  const chartOptions = useMemo<LineChartOptions>(
    () => ({ xLabel: s.xAxis, yLabel: s.yAxis, ariaLabel: s.chartLabel }),
    [s],
  );
  const chartRef = useChart(createLineChart, chartOptions, v.series);

  // Stop disables itself once used: focus goes to the train button, not to the page.
  const onStop = () => {
    stop();
    controlsRef.current?.querySelector<HTMLButtonElement>('.play-pause__button')?.focus();
  };

  const controls = (
    <>
      <fieldset className="choice-row">
        <legend>{s.language}</legend>
        {COUNTER_LANGUAGES.map((language) => (
          <label key={language}>
            <input
              type="radio"
              name={groupName}
              value={language}
              checked={props.language === language}
              onChange={() => setProps({ language })}
            />
            {s.languages[language]}
          </label>
        ))}
      </fieldset>
      <div className="figure-row" ref={controlsRef}>
        <PlayPause
          running={running}
          onToggle={toggle}
          playLabel={phase === 'paused' ? s.resume : phase === 'done' ? s.runAgain : s.run}
          status={<span data-testid="counter-progress">{status}</span>}
        />
        <button type="button" onClick={onStop} disabled={!stoppable}>
          <span aria-hidden="true">■</span> {s.stop}
        </button>
      </div>
    </>
  );

  const readout = (
    <>
      {v.verdict && (
        <p data-testid="counter-verdict" aria-live="polite">
          <strong>{v.verdict}</strong>
        </p>
      )}
      <p className="muted">{v.traceNote}</p>
      <p className="muted">{v.rules}</p>
      <p className="muted">{s.paperRead}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="counter-table"
      caption={v.caption}
      columns={[
        { label: s.cell },
        { label: s.longest },
        { label: s.rightOf },
        { label: s.peak },
        { label: s.correlation },
        { label: s.published },
      ]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="counter" ref={rootRef}>
      <FigureLayout
        picture={<div className="counter__chart" ref={chartRef} />}
        controls={controls}
        readout={readout}
        table={table}
        more={<CounterSettings props={props} setProps={setProps} number={v.number} />}
      />
    </div>
  );
}
