import { useRef } from 'react';
import { createSeriesPlot, type SeriesPlotOptions } from '../../charts/seriesPlot';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, NumbersTable, PlayPause } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { ForgetSettings } from './ForgetSettings';
import { useForgetGateView } from './useForgetGateView';
import './forgetGate.css';

const PLOT: SeriesPlotOptions = { yScale: 'log', logFloor: 1e-3, height: 200 };

export default function ForgetGate() {
  const s = useStrings().forgetGate;
  const { rootRef, props, setProps, phase, running, stoppable, status, toggle, stop, ...v } =
    useForgetGateView();
  const controlsRef = useRef<HTMLDivElement>(null);
  const chartRef = useChart(createSeriesPlot, PLOT, v.chartData);

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
        status={<span data-testid="forget-progress">{status}</span>}
      />
      <button type="button" onClick={onStop} disabled={!stoppable}>
        <span aria-hidden="true">■</span> {s.stop}
      </button>
    </div>
  );

  const readout = (
    <>
      <p data-testid="forget-drift">
        {format(v.driftTrained ? s.driftTrained : s.driftUntrained, {
          steps: v.steps,
          noForget: v.number(v.driftEnd.noForget, 3),
          forget: v.number(v.driftEnd.forget, 3),
        })}
      </p>
      <p className="muted">{s.why}</p>
      <p className="muted">{s.rules}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="forget-table"
      caption={s.tableCaption}
      columns={[
        { label: s.cell },
        { label: s.solved },
        { label: s.median },
        { label: s.outer },
        { label: s.driftEnd },
        { label: s.published },
      ]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="forget-gate" ref={rootRef}>
      <FigureLayout
        picture={
          <div
            className="forget-gate__chart"
            ref={chartRef}
            role="img"
            aria-label={s.chartLabel}
            data-testid="forget-chart"
          />
        }
        controls={controls}
        readout={readout}
        table={table}
        more={<ForgetSettings props={props} setProps={setProps} number={v.number} />}
      />
    </div>
  );
}
