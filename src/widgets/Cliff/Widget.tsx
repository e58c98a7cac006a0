import { createContourMap } from '../../charts/contourMap';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { FigureLayout, LegendKeys, PlayPause, PresetRow, StepControls } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { HeldNotice } from '../training/HeldNotice';
import { ErrorBands } from './ErrorBands';
import { fmtCoord, fmtLength, fmtLoss } from './format';
import { cliffMeta } from './meta';
import { RunsTable } from './RunsTable';
import { lossAt, useCliffView } from './useCliffView';
import './cliff.css';

const logSlider = { min: 0.01, max: 10, log: true, format: (v: number) => v.toPrecision(3) };

export default function Cliff() {
  const s = useStrings().cliff;
  const v = useCliffView();
  const { props, setProps, player, shown, last, cursor, hover, plain, clipped } = v;
  const chartRef = useChart(createContourMap, v.chartOptions, v.chartData);

  const picture = (
    <div className="cliff__layout">
      <div className="cliff__map-column">
        <div
          className="cliff__map"
          ref={chartRef}
          tabIndex={0}
          role="application"
          aria-label={s.map}
          aria-describedby={v.helpId}
          onKeyDown={v.onMapKeyDown}
          data-testid="map"
        />
        <p className="muted cliff__help" id={v.helpId}>
          {s.mapHelp}
        </p>
        <p className="cliff__readout" aria-live="polite" data-testid="crosshair">
          {format(s.crosshair, {
            w: fmtCoord(cursor.x),
            b: fmtCoord(cursor.y),
            e: fmtLoss(lossAt(cursor.x, cursor.y)),
          })}
        </p>
        <p className="cliff__readout muted" data-testid="hover">
          {hover
            ? format(s.hover, {
                w: fmtCoord(hover.x),
                b: fmtCoord(hover.y),
                e: fmtLoss(lossAt(hover.x, hover.y)),
              })
            : ' '}
        </p>
      </div>
      <div className="cliff__side">
        <LegendKeys
          label={s.runsKey}
          keys={[
            { label: s.plainLong, color: 'var(--error)', marker: 'circle' },
            { label: s.clippedLong, color: 'var(--accent)', pattern: 'dashed', marker: 'square' },
          ]}
        />
        <ErrorBands />
      </div>
    </div>
  );

  const controls = (
    <>
      <div className="figure-row">
        <StepControls
          t={shown}
          count={last + 1}
          onStep={player.showStep}
          position={format(s.position, { i: shown, n: last })}
          groupLabel={s.controls}
          labels={{ first: s.rewind, forward: s.step, last: s.toEnd }}
        />
        <PlayPause running={player.playing} onToggle={player.toggle} playLabel={s.play} />
        <HeldNotice held={player.held ? 'tab' : null} />
      </div>
      <Slider
        prop="threshold"
        label={s.threshold}
        value={props.threshold}
        {...logSlider}
        onChange={(threshold) => setProps({ threshold })}
      />
    </>
  );

  const readout = (
    <>
      <p data-testid="start" data-w={props.w} data-b={props.b}>
        {format(s.start, {
          w: fmtCoord(props.w),
          b: fmtCoord(props.b),
          e: fmtLoss(v.runs.plain[0]!.loss),
        })}
      </p>
      <p data-testid="bound">{format(s.bound, { bound: fmtLength(v.bound) })}</p>
      <p data-testid="verdict">
        {v.catapulted
          ? format(s.catapult, {
              k: plain.largestAt,
              len: fmtLength(plain.largestStep),
              clip: fmtLength(clipped.largestStep),
              ratio:
                clipped.largestStep > 0 ? fmtLength(plain.largestStep / clipped.largestStep) : '∞',
            })
          : format(s.noCatapult, { len: fmtLength(plain.largestStep), bound: fmtLength(v.bound) })}
      </p>
    </>
  );

  const more = (
    <>
      <PresetRow meta={cliffMeta} props={props} onApply={setProps} />
      <Slider
        prop="lr"
        label={s.lr}
        value={props.lr}
        {...logSlider}
        onChange={(lr) => setProps({ lr })}
      />
      <Slider
        prop="steps"
        label={s.steps}
        value={props.steps}
        min={10}
        max={400}
        step={10}
        format={String}
        onChange={(steps) => setProps({ steps: Math.round(steps) })}
      />
    </>
  );

  return (
    <FigureLayout
      className="cliff"
      picture={picture}
      controls={controls}
      readout={readout}
      table={<RunsTable shown={shown} runs={{ plain, clipped }} />}
      more={more}
    />
  );
}
