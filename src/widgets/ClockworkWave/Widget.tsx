import { useId, useRef } from 'react';
import { createModuleStrips, type ModuleStripsOptions } from '../../charts/moduleStrips';
import { createSeriesPlot, type SeriesPlotOptions } from '../../charts/seriesPlot';
import { WAVE_TARGET_KINDS, type WaveTargetKind } from '../../core/tasks';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { FigureLayout, NumbersTable, PlayPause } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { ControlPoints } from './ControlPoints';
import { useClockworkWaveView } from './useClockworkWaveView';
import { WaveSettings } from './WaveSettings';
import './clockworkWave.css';

const WAVE: SeriesPlotOptions = { height: 200 };
const CURVES: SeriesPlotOptions = { height: 140, yScale: 'log' };
const STRIPS: ModuleStripsOptions = { stripHeight: 34 };

export default function ClockworkWave() {
  const s = useStrings().clockworkWave;
  const targetId = useId();
  const { rootRef, props, setProps, phase, running, stoppable, status, toggle, stop, ...v } =
    useClockworkWaveView();
  const controlsRef = useRef<HTMLDivElement>(null);
  const waveRef = useChart(createSeriesPlot, WAVE, v.chartData);
  const curvesRef = useChart(createSeriesPlot, CURVES, v.curvesData);
  const stripsRef = useChart(createModuleStrips, STRIPS, v.stripsData);

  // Stop disables itself once used: focus goes to the run button, not to the page.
  const onStop = () => {
    stop();
    controlsRef.current?.querySelector<HTMLButtonElement>('.play-pause__button')?.focus();
  };

  const picture = (
    <>
      <div
        className="clockwork-wave__chart"
        ref={waveRef}
        role="img"
        aria-label={s.chartLabel}
        data-testid="clockwork-wave-chart"
      />
      <p className="clockwork-wave__title">{s.stripsTitle}</p>
      <div
        className="clockwork-wave__chart"
        ref={stripsRef}
        role="img"
        aria-label={s.stripsLabel}
        data-testid="clockwork-wave-strips"
      />
    </>
  );

  const controls = (
    <div ref={controlsRef}>
      <div className="figure-row">
        <PlayPause
          running={running}
          onToggle={toggle}
          playLabel={phase === 'paused' ? s.resume : phase === 'done' ? s.runAgain : s.run}
          status={<span data-testid="clockwork-wave-progress">{status}</span>}
        />
        <button type="button" onClick={onStop} disabled={!stoppable}>
          <span aria-hidden="true">■</span> {s.stop}
        </button>
      </div>
      <div className="figure-row">
        <Slider
          label={s.budget}
          value={props.budget}
          min={40}
          max={1200}
          log
          format={(x) => String(Math.round(x))}
          onChange={(x) => setProps({ budget: Math.round(x) })}
        />
        <div className="field">
          <label htmlFor={targetId}>{s.targetLabel}</label>
          <select
            id={targetId}
            value={props.target}
            onChange={(e) => setProps({ target: e.target.value as WaveTargetKind })}
          >
            {WAVE_TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {s.targets[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {props.target === 'drawn' && (
        <ControlPoints
          points={props.points}
          onChange={(points) => setProps({ points })}
          number={v.number}
        />
      )}
    </div>
  );

  const readout = (
    <>
      <p data-testid="clockwork-wave-sizes">{v.sizes}</p>
      <p data-testid="clockwork-wave-order">{v.orderText}</p>
      <div
        className="clockwork-wave__chart"
        ref={curvesRef}
        role="img"
        aria-label={s.curvesLabel}
        data-testid="clockwork-wave-curves"
      />
      <p className="muted" data-testid="clockwork-wave-sum">
        {v.sumText}
      </p>
      <p className="muted">{s.why}</p>
      <p className="muted">{s.standIn}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="clockwork-wave-table"
      caption={s.tableCaption}
      columns={[
        { label: s.model },
        { label: s.hidden },
        { label: s.parameters },
        { label: s.nmse },
        { label: s.rank },
        { label: s.published },
      ]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="clockwork-wave" ref={rootRef}>
      <FigureLayout
        picture={picture}
        controls={controls}
        readout={readout}
        table={table}
        more={<WaveSettings props={props} setProps={setProps} number={v.number} />}
      />
    </div>
  );
}
