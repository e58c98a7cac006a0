import { useId, type RefObject } from 'react';
import { createModuleStrips, type ModuleStripsOptions } from '../../charts/moduleStrips';
import { createSeriesPlot, type SeriesPlotOptions } from '../../charts/seriesPlot';
import { WAVE_TARGET_KINDS, type WaveTargetKind } from '../../core/tasks';
import { useStrings } from '../../ui/LangContext';
import {
  FigureLayout,
  JobRunBar,
  JobSettings,
  NumbersTable,
  SliderTable,
  type SliderRow,
  PropControl,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { ControlPoints } from './ControlPoints';
import { useClockworkWaveView } from './useClockworkWaveView';
import './clockworkWave.css';

const WAVE: SeriesPlotOptions = { height: 200 };
const CURVES: SeriesPlotOptions = { height: 140, yScale: 'log' };
const STRIPS: ModuleStripsOptions = { stripHeight: 34 };
/** Beside the run bar: the parameter budget every network is sized to. */
const BUDGET = [['budget', 40, 1200, 'log']] as const satisfies readonly SliderRow<string>[];
/** Under "More settings": modules, updates, learning rate. */
const SLIDERS = [
  ['modules', 1, 9, 1],
  ['iterations', 10, 5000, 'log'],
  ['lr', 0.001, 0.1, 'log'],
] as const satisfies readonly SliderRow<string>[];

/** One of the figure's charts: a picture with its words for screen readers. */
function Chart({
  chartRef,
  label,
  testId,
}: {
  chartRef: RefObject<HTMLDivElement | null>;
  label: string;
  testId: string;
}) {
  return (
    <div
      className="clockwork-wave__chart"
      ref={chartRef}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}

export default function ClockworkWave() {
  const s = useStrings().clockworkWave;
  const targetId = useId();
  const { rootRef, props, setProps, run, ...v } = useClockworkWaveView();
  const waveRef = useChart(createSeriesPlot, WAVE, v.chartData);
  const curvesRef = useChart(createSeriesPlot, CURVES, v.curvesData);
  const stripsRef = useChart(createModuleStrips, STRIPS, v.stripsData);

  const picture = (
    <>
      <Chart chartRef={waveRef} label={s.chartLabel} testId="clockwork-wave-chart" />
      <p className="clockwork-wave__title">{s.stripsTitle}</p>
      <Chart chartRef={stripsRef} label={s.stripsLabel} testId="clockwork-wave-strips" />
    </>
  );

  const controls = (
    <>
      <JobRunBar
        run={run}
        label={s.run}
        againLabel={s.runAgain}
        idle={v.idle}
        phases={s}
        values={v.runValues}
        failed={s.failed}
        testId="clockwork-wave-progress"
      />
      <div className="figure-row">
        <SliderTable rows={BUDGET} values={props} labels={s} onChange={setProps} />
        <PropControl prop="target">
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
        </PropControl>
      </div>
      {props.target === 'drawn' && (
        <ControlPoints
          points={props.points}
          onChange={(points) => setProps({ points })}
          number={v.number}
        />
      )}
    </>
  );

  const readout = (
    <>
      <p data-testid="clockwork-wave-sizes">{v.sizes}</p>
      <p data-testid="clockwork-wave-order">{v.orderText}</p>
      <Chart chartRef={curvesRef} label={s.curvesLabel} testId="clockwork-wave-curves" />
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
      columns={[s.model, s.hidden, s.parameters, s.nmse, s.rank, s.published]}
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
        more={<JobSettings {...v.jobSettings} sliders={SLIDERS} labels={s} />}
      />
    </div>
  );
}
