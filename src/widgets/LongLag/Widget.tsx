import { useId, useMemo, useRef } from 'react';
import { createLineChart, type LineChartOptions } from '../../charts/lineChart';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { FigureLayout, NumbersTable, PlayPause } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { LongLagSettings } from './LongLagSettings';
import { FORGET_BIASES } from './meta';
import { useLongLagView } from './useLongLagView';
import './longLag.css';

export default function LongLag() {
  const s = useStrings().longLag;
  const { rootRef, props, setProps, phase, running, stoppable, status, toggle, stop, ...v } =
    useLongLagView();
  const controlsRef = useRef<HTMLDivElement>(null);
  const groupName = useId();
  const chartOptions = useMemo<LineChartOptions>(
    () => ({ xLabel: s.xAxis, yLabel: s.yAxis, ariaLabel: s.chartLabel, yDomain: [0, 1] }),
    [s],
  );
  const chartRef = useChart(createLineChart, chartOptions, v.series);

  // Stop disables itself once used: focus goes to the run button, not to the page.
  const onStop = () => {
    stop();
    controlsRef.current?.querySelector<HTMLButtonElement>('.play-pause__button')?.focus();
  };

  const controls = (
    <>
      <Slider
        label={s.lag}
        value={props.T}
        min={10}
        max={100}
        step={10}
        format={String}
        onChange={(T) => setProps({ T: Math.round(T) })}
      />
      <fieldset className="choice-row">
        <legend>{s.forgetBias}</legend>
        {FORGET_BIASES.map((b) => (
          <label key={b}>
            <input
              type="radio"
              name={groupName}
              value={b}
              checked={props.forgetBias === b}
              onChange={() => setProps({ forgetBias: b })}
            />
            {b}
          </label>
        ))}
      </fieldset>
      <div className="figure-row" ref={controlsRef}>
        <PlayPause
          running={running}
          onToggle={toggle}
          playLabel={phase === 'paused' ? s.resume : phase === 'done' ? s.runAgain : s.run}
          status={<span data-testid="long-lag-progress">{status}</span>}
        />
        <button type="button" onClick={onStop} disabled={!stoppable}>
          <span aria-hidden="true">■</span> {s.stop}
        </button>
      </div>
    </>
  );

  const readout = (
    <>
      <p data-testid="long-lag-forget">{v.forgetNote}</p>
      <p className="muted">{v.scale}</p>
      <p className="muted">{v.rules}</p>
      <p className="muted">{s.paperRead}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="long-lag-table"
      caption={v.caption}
      columns={[
        { label: s.cell },
        { label: s.solved },
        { label: s.median },
        { label: s.share },
        { label: s.published },
      ]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="long-lag" ref={rootRef}>
      <FigureLayout
        picture={<div className="long-lag__chart" ref={chartRef} />}
        controls={controls}
        readout={readout}
        table={table}
        more={<LongLagSettings props={props} setProps={setProps} number={v.number} />}
      />
    </div>
  );
}
