import { useMemo } from 'react';
import { createRateBars, type RateBarsOptions } from '../../charts/rateBars';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import {
  ChoiceRow,
  FigureLayout,
  JobRunBar,
  JobSettings,
  NumbersTable,
  type SliderRow,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { RACE_BATCH, RACE_HIDDEN } from './meta';
import { useEngineRaceView } from './useEngineRaceView';
import './engineRace.css';

/** Under "More settings": any size and batch, and how long each engine is timed. */
const SLIDERS = [
  ['hidden', 4, 512, 'log'],
  ['batch', 1, 64, 1],
  ['budgetMs', 50, 10000, 'log'],
  ['warmup', 1, 50, 1],
] as const satisfies readonly SliderRow<string>[];

export default function EngineRace() {
  const s = useStrings().engineRace;
  const { rootRef, run, number, ...v } = useEngineRaceView();
  const options = useMemo<RateBarsOptions>(
    () => ({
      ariaLabel: s.chartLabel,
      winnerMark: s.winnerMark,
      unavailableText: s.unavailable,
      format: (x) => number(x, 1),
    }),
    [s, number],
  );
  const chartRef = useChart(createRateBars, options, v.bars);

  const controls = (
    <>
      <ChoiceRow
        legend={s.hidden}
        value={v.props.hidden}
        options={RACE_HIDDEN.map((h) => [h, String(h)] as const)}
        onChange={(hidden) => v.setProps({ hidden })}
      />
      <ChoiceRow
        legend={s.batch}
        value={v.props.batch}
        options={RACE_BATCH.map((b) => [b, String(b)] as const)}
        onChange={(batch) => v.setProps({ batch })}
      />
      <JobRunBar
        run={run}
        label={s.run}
        againLabel={s.again}
        idle={v.idle}
        phases={s.phases}
        values={v.runValues}
        failed={s.failed}
        testId="race-status"
      />
    </>
  );

  const readout = (
    <>
      {v.pick ? (
        <p data-testid="race-auto" data-engine={v.pick.engine}>
          {format(s.autoPick, { engine: v.pick.engine })}{' '}
          <span data-testid="race-reason">{v.pick.reason}</span>
        </p>
      ) : (
        <p className="muted" data-testid="race-auto">
          {s.autoWaiting}
        </p>
      )}
      {v.ratio && <p data-testid="race-ratio">{v.ratio}</p>}
      <p className="muted">{s.note}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="race-table"
      caption={format(s.tableCaption, { hidden: v.props.hidden, batch: v.props.batch, V: v.V })}
      columns={[s.engine, s.stepsPerSecond, s.charsPerSecond, s.status]}
      rows={v.rows}
    />
  );

  return (
    <div className="engine-race" ref={rootRef}>
      <FigureLayout
        picture={<div className="engine-race__chart" ref={chartRef} data-testid="race-chart" />}
        controls={controls}
        readout={readout}
        table={table}
        more={
          <JobSettings
            meta={v.meta}
            props={v.props}
            setProps={v.setProps}
            sliders={SLIDERS}
            labels={s}
          />
        }
      />
    </div>
  );
}
