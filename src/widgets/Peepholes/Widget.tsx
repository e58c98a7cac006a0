import { useRef } from 'react';
import { createSeriesPlot, type SeriesPlotOptions } from '../../charts/seriesPlot';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, NumbersTable, PlayPause } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { PeepholeSettings } from './PeepholeSettings';
import { usePeepholesView } from './usePeepholesView';
import './peepholes.css';

const PLOT: SeriesPlotOptions = { height: 180 };

export default function Peepholes() {
  const s = useStrings().peepholes;
  const { rootRef, props, setProps, phase, running, stoppable, status, toggle, stop, ...v } =
    usePeepholesView();
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
        status={<span data-testid="peepholes-progress">{status}</span>}
      />
      <button type="button" onClick={onStop} disabled={!stoppable}>
        <span aria-hidden="true">■</span> {s.stop}
      </button>
    </div>
  );

  const readout = (
    <>
      <p data-testid="peepholes-times">
        {format(v.trained ? s.timesTrained : s.timesUntrained, {
          ...v.times,
          plain: v.peaks.plain,
          peepholes: v.peaks.peepholes,
        })}
      </p>
      <p className="muted">{s.why}</p>
      <p className="muted">{s.rules}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="peepholes-table"
      caption={s.tableCaption}
      columns={[
        { label: s.cell },
        { label: s.solved },
        { label: s.error },
        { label: s.median },
        { label: s.published },
      ]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="peepholes" ref={rootRef}>
      <FigureLayout
        picture={
          <div
            className="peepholes__chart"
            ref={chartRef}
            role="img"
            aria-label={s.chartLabel}
            data-testid="peepholes-chart"
          />
        }
        controls={controls}
        readout={readout}
        table={table}
        more={<PeepholeSettings props={props} setProps={setProps} number={v.number} />}
      />
    </div>
  );
}
