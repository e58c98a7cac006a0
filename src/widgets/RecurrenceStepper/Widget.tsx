import { format } from '../../i18n';
import { CellStrip } from '../../ui/CellStrip';
import { DraftTextField } from '../../ui/DraftTextField';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { FormattedMessage } from '../../ui/ReaderText';
import { Tex } from '../../ui/Tex';
import {
  FigureLayout,
  NumbersTable,
  PresetRow,
  PropControl,
  SeedButton,
  StepControls,
} from '../../ui/figure';
import { stepEquation } from './equation';
import { HIDDEN, recurrenceStepperMeta } from './meta';
import { useStepperView } from './useStepperView';

/** Labels of the three hidden units. */
const hiddenLabels = ['1', '2', '3'];

const list = (v: ArrayLike<number>, digits = 3) =>
  Array.from(v, (x) => x.toFixed(digits)).join(', ');

export default function RecurrenceStepper() {
  const s = useStrings().recurrenceStepper;
  const { props, setProps, hintId, model, word, t, step, symbol, symbolIndex, best, percent } =
    useStepperView();
  const symbols = model.vocabulary.symbols;

  const picture = (
    <div className="stepper__strips">
      <CellStrip
        testId="x"
        caption={s.input}
        scheme="probability"
        values={Array.from(symbols, (_, i) => (i === symbolIndex ? 1 : 0))}
        labels={symbols}
        highlight={symbolIndex}
        ariaLabel={format(s.cellsLabel, { name: s.input, values: `“${symbol}”` })}
      />
      <CellStrip
        testId="s-prev"
        caption={s.previous}
        scheme="diverging"
        values={step.sPrev}
        labels={hiddenLabels}
        ariaLabel={format(s.cellsLabel, { name: s.previous, values: list(step.sPrev) })}
      />
      <CellStrip
        testId="s"
        caption={s.state}
        scheme="diverging"
        values={step.s}
        labels={hiddenLabels}
        ariaLabel={format(s.cellsLabel, { name: s.state, values: list(step.s) })}
      />
      <CellStrip
        testId="o"
        caption={s.output}
        scheme="probability"
        values={step.o}
        labels={symbols}
        highlight={best[t]}
        ariaLabel={format(s.cellsLabel, { name: s.output, values: list(step.o) })}
      />
    </div>
  );

  const controls = (
    <>
      <StepControls
        prop="t"
        t={t}
        count={model.steps.length}
        onStep={(to) => setProps({ t: to })}
        position={format(s.position, { t, last: model.steps.length - 1, symbol })}
      />
      <PresetRow meta={recurrenceStepperMeta} props={props} onApply={setProps}>
        <DraftTextField prop="word" label={s.word} draft={word} hintId={hintId} />
      </PresetRow>
      {!word.valid && (
        <p className="widget-message" id={hintId} role="status">
          <FormattedMessage
            template={s.wordInvalid}
            values={{ word: props.word }}
            readerText={['word']}
          />
        </p>
      )}
    </>
  );

  const readout = (
    <>
      <p className="muted" data-testid="prediction">
        {format(s.predicts, { symbol: symbols[best[t]!]!, p: percent(step.o[best[t]!]!) })}
      </p>
      <div className="stepper__equation" data-testid="equation">
        <Tex math={stepEquation(t, step, model.weights.W)} display />
      </div>
    </>
  );

  const table = (
    <NumbersTable
      testId="steps-table"
      caption={format(s.table, { word: props.word })}
      columns={[
        { label: 't' },
        { label: s.letter },
        ...['s₁', 's₂', 's₃'].map((label) => ({ label })),
        { label: s.next },
      ]}
      rows={model.steps.map((st, k) => [
        String(k),
        model.symbols[k]!,
        ...Array.from(st.s),
        `“${symbols[best[k]!]!}” ${percent(st.o[best[k]!]!)}`,
      ])}
      current={t}
    />
  );

  const more = (
    <>
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
      <Slider
        prop="uScale"
        label={s.uScale}
        value={props.uScale}
        min={0}
        max={3}
        step={0.05}
        onChange={(uScale) => setProps({ uScale })}
      />
      {/* Hidden by an embed, the whole group goes (its legend too); locked, every slider in it. */}
      <PropControl prop="W">
        <fieldset className="matrix-sliders">
          <legend>{s.wMatrix}</legend>
          {props.W.map((w, k) => (
            <Slider
              key={k}
              compact
              label={format(s.wEntry, { i: Math.floor(k / HIDDEN) + 1, j: (k % HIDDEN) + 1 })}
              value={w}
              min={-2}
              max={2}
              step={0.05}
              onChange={(v) => setProps({ W: props.W.map((old, m) => (m === k ? v : old)) })}
            />
          ))}
        </fieldset>
      </PropControl>
    </>
  );

  return (
    <FigureLayout
      className="stepper"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}
