import { createBpttChain } from '../../charts/bpttChain';
import { createContributionBars } from '../../charts/contributionBars';
import { format } from '../../i18n';
import { DraftTextField } from '../../ui/DraftTextField';
import { useStrings } from '../../ui/LangContext';
import { FormattedMessage } from '../../ui/ReaderText';
import { Slider } from '../../ui/Slider';
import { Tex } from '../../ui/Tex';
import {
  FigureLayout,
  LegendKeys,
  NumbersTable,
  PresetRow,
  SeedButton,
  StepControls,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { ChainPicture } from './ChainPicture';
import { backwardEquation, forwardEquation, gradientEquation } from './equation';
import { bpttStepperMeta } from './meta';
import { useBpttView } from './useBpttView';
import './bpttStepper.css';

export default function BPTTStepper() {
  const s = useStrings().bpttStepper;
  const v = useBpttView();
  const { props, setProps, model, T, stage } = v;
  const barsRef = useChart(createContributionBars, v.barOptions, v.bars);
  const chainRef = useChart(createBpttChain, undefined, v.chain);

  const picture = (
    <>
      <ChainPicture chartRef={chainRef} T={T} current={v.chain.current} label={s.chainRegion} />
      <p className="muted bptt__legend">{s.chainLegend}</p>
    </>
  );

  const controls = (
    <>
      <StepControls
        prop="pos"
        t={props.pos}
        count={2 * T + 1}
        onStep={(pos) => setProps({ pos })}
        position={v.position}
        positionTestId="bptt-position"
        groupLabel={s.controls}
        labels={{
          first: s.toStart,
          back: s.back,
          forward: props.pos < T ? s.forwardStep : s.backwardStep,
          last: s.toEnd,
        }}
      />
      <Slider
        prop="k"
        label={s.k}
        value={Math.min(props.k, T)}
        min={1}
        max={T}
        step={1}
        format={(k) => (k >= T ? format(s.kAll, { k }) : String(k))}
        onChange={(k) => setProps({ k: Math.round(k) })}
      />
    </>
  );

  const equation =
    stage.kind === 'forward'
      ? forwardEquation(model, stage.t)
      : stage.kind === 'backward'
        ? backwardEquation(model, stage.t)
        : null;
  const readout = (
    <>
      <div className="bptt__equation" data-testid="bptt-equation">
        {equation ? <Tex math={equation} display /> : <p className="muted">{s.pressForward}</p>}
        {v.finished && <Tex math={gradientEquation(model, props.k)} display />}
      </div>
      <div className="bptt__bars" ref={barsRef} />
      <LegendKeys
        label={s.barsKey}
        keys={[
          { label: s.keyFull, color: 'var(--muted)', pattern: 'dotted' },
          { label: s.keyKept, color: 'var(--accent)', marker: 'square' },
        ]}
      />
      <p data-testid="bptt-summary">{v.summary}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="bptt-table"
      caption={s.tableCaption}
      columns={[
        { label: 't' },
        { label: s.colLetters },
        { label: 'Eₜ', digits: 4 },
        { label: '‖δₜ‖', digits: 4 },
        { label: s.colFull, digits: 4 },
        { label: s.colKept, digits: 4 },
      ]}
      rows={v.rows}
      current={stage.kind === 'start' ? undefined : stage.t}
    />
  );

  const more = (
    <>
      <PresetRow meta={bpttStepperMeta} props={props} onApply={setProps}>
        <DraftTextField prop="word" label={s.word} draft={v.word} hintId={v.hintId} />
      </PresetRow>
      {!v.word.valid && (
        <p className="widget-message" id={v.hintId} role="status">
          <FormattedMessage
            template={s.wordInvalid}
            values={{ word: props.word }}
            readerText={['word']}
          />
        </p>
      )}
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
      <Slider
        prop="wScale"
        label={s.wScale}
        value={props.wScale}
        min={0}
        max={3}
        step={0.05}
        onChange={(wScale) => setProps({ wScale })}
      />
    </>
  );

  return (
    <FigureLayout
      className="bptt"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}
