import { createSeriesPlot, type SeriesPlotOptions } from '../../charts/seriesPlot';
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
import { MIN_CHAR_CORPORA } from './meta';
import { OwnText } from './OwnText';
import { exponent, useMinCharRnnView } from './useMinCharRnnView';
import './minCharRnn.css';

const PLOT: SeriesPlotOptions = { height: 220 };
/** Under "More settings": the gist's hyperparameters and the run's length. */
const SLIDERS = [
  ['hidden', 4, 200, 1],
  ['seqLength', 5, 50, 1],
  ['lr', 0.005, 0.5, 'log'],
  ['clip', 0.5, 20, 0.5],
  ['steps', 20, 50000, 'log'],
  ['sampleEvery', 10, 1000, 10],
] as const satisfies readonly SliderRow<string>[];

export default function MinCharRNN() {
  const s = useStrings().minCharRnn;
  const { rootRef, run, latest, number, ...v } = useMinCharRnnView();
  const chartRef = useChart(createSeriesPlot, PLOT, v.chartData);
  const n = (x: number) => number(x, 4);

  const controls = (
    <JobRunBar
      run={run}
      label={s.run}
      idle={v.textReady ? v.idle : s.loading}
      phases={s.phases}
      values={v.runValues}
      testId="minchar-status"
    />
  );

  const readout = latest && (
    <>
      <p data-testid="minchar-start">
        {format(s.startLoss, {
          T: v.props.seqLength,
          V: latest.vocabSize,
          value: n(latest.startLoss),
        })}
      </p>
      <p data-testid="minchar-first">
        {format(s.firstLoss, {
          hand: number(latest.firstLoss.hand, 10),
          engine: number(latest.firstLoss.engine, 10),
          diff: exponent(Math.abs(latest.firstLoss.hand - latest.firstLoss.engine)),
          gap: exponent(latest.initialWeightGap),
        })}
      </p>
      <p data-testid="minchar-now">
        {format(s.now, {
          n: latest.step,
          hand: n(latest.smoothed.hand),
          engine: n(latest.smoothed.engine),
          gap: exponent(latest.largestGap),
        })}
      </p>
      <p className="muted">{s.why}</p>
    </>
  );

  const samples = (
    <section className="min-char__samples" data-testid="minchar-samples">
      <h4>{format(s.samplesTitle, { n: 200, every: v.props.sampleEvery })}</h4>
      {v.samples.length === 0 ? (
        <p className="muted">{s.noSamples}</p>
      ) : (
        v.samples.map((sample) => (
          <pre key={sample.step} className="min-char__sample" data-step={sample.step}>
            {format(s.sampleHead, { n: sample.step })}
            {'\n'}
            {sample.text}
          </pre>
        ))
      )}
    </section>
  );

  const diff = (a: number, b: number) => exponent(Math.abs(a - b));
  const table = latest && (
    <NumbersTable
      testId="minchar-table"
      caption={s.tableCaption}
      columns={[s.quantity, s.handColumn, s.engineColumn, s.difference]}
      rows={[
        [s.rowStart, n(latest.startLoss), n(latest.startLoss), '0'],
        [
          s.rowFirst,
          number(latest.firstLoss.hand, 10),
          number(latest.firstLoss.engine, 10),
          diff(latest.firstLoss.hand, latest.firstLoss.engine),
        ],
        [
          format(s.rowNow, { n: latest.step }),
          n(latest.smoothed.hand),
          n(latest.smoothed.engine),
          diff(latest.smoothed.hand, latest.smoothed.engine),
        ],
      ]}
    />
  );

  const more = (
    <JobSettings meta={v.meta} props={v.props} setProps={v.setProps} sliders={SLIDERS} labels={s}>
      <ChoiceRow
        prop="corpus"
        legend={s.corpus}
        value={v.choice}
        options={[...MIN_CHAR_CORPORA.map((c) => [c, s[c]] as const), ['own', s.pasted] as const]}
        onChange={v.choose}
      />
      {v.choice === 'own' && <OwnText seqLength={v.props.seqLength} onText={v.setOwn} />}
    </JobSettings>
  );

  return (
    <div className="min-char" ref={rootRef}>
      <FigureLayout
        picture={
          <div
            className="min-char__chart"
            ref={chartRef}
            role="img"
            aria-label={s.chartLabel}
            data-testid="minchar-chart"
          />
        }
        controls={controls}
        readout={
          <>
            {readout}
            {samples}
          </>
        }
        table={table}
        more={more}
      />
    </div>
  );
}
