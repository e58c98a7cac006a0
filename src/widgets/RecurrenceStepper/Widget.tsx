import { useId, useMemo } from 'react';
import { format } from '../../i18n';
import { CellStrip } from '../../ui/CellStrip';
import { DraftTextField, useDraft } from '../../ui/DraftTextField';
import { useLang, useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { Tex } from '../../ui/Tex';
import { PresetSelect } from '../host/PresetSelect';
import { useWidgetState } from '../host/context';
import type { PropsOf } from '../../state/widgetMeta';
import { stepEquation } from './equation';
import { HIDDEN, WORD_PATTERN, recurrenceStepperMeta } from './meta';
import { buildStepperModel } from './model';

type Props = PropsOf<typeof recurrenceStepperMeta>;

/** Labels of the three hidden units. */
const hiddenLabels = ['1', '2', '3'];

const list = (v: ArrayLike<number>, digits = 3) =>
  Array.from(v, (x) => x.toFixed(digits)).join(', ');

export default function RecurrenceStepper() {
  const s = useStrings().recurrenceStepper;
  const lang = useLang();
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const hintId = useId();
  const model = useMemo(() => buildStepperModel(props), [props]);
  const { t } = props;
  const step = model.steps[t]!;
  const last = model.steps.length - 1;
  const symbol = model.symbols[t]!;
  const symbolIndex = model.vocabulary.indexOf(symbol);
  const best = step.o.reduce((bi, p, i, o) => (p > o[bi]! ? i : bi), 0);
  // The model keeps the last valid word while the box holds a draft.
  const word = useDraft(
    props.word,
    (text) => WORD_PATTERN.test(text),
    (text) => setProps({ word: text, t: Math.min(t, text.length - 1) }),
  );

  return (
    <div className="stepper">
      <div className="widget-row">
        <DraftTextField label={s.word} draft={word} hintId={hintId} />
        <PresetSelect meta={recurrenceStepperMeta} />
        <button type="button" onClick={() => setProps({ seed: (props.seed % 9999) + 1 })}>
          {s.newRandom} <span className="muted">({format(s.seed, { seed: props.seed })})</span>
        </button>
      </div>
      {!word.valid && (
        <p className="widget-message" id={hintId} role="status">
          {format(s.wordInvalid, { word: props.word })}
        </p>
      )}

      <div className="widget-row stepper__controls" role="group" aria-label={s.controls}>
        <button type="button" onClick={() => setProps({ t: 0 })} disabled={t === 0}>
          ⇤ {s.rewind}
        </button>
        <button type="button" onClick={() => setProps({ t: t - 1 })} disabled={t === 0}>
          ◀ {s.stepBack}
        </button>
        <button type="button" onClick={() => setProps({ t: t + 1 })} disabled={t === last}>
          {s.stepForward} ▶
        </button>
      </div>
      <p className="stepper__position" aria-live="polite" data-testid="position">
        {format(s.position, { t, last, symbol })}
      </p>

      <div className="stepper__strips">
        <CellStrip
          testId="x"
          caption={s.input}
          scheme="probability"
          values={Array.from(model.vocabulary.symbols, (_, i) => (i === symbolIndex ? 1 : 0))}
          labels={model.vocabulary.symbols}
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
          labels={model.vocabulary.symbols}
          highlight={best}
          ariaLabel={format(s.cellsLabel, { name: s.output, values: list(step.o) })}
        />
        <p className="muted" data-testid="prediction">
          {format(s.predicts, {
            symbol: model.vocabulary.symbols[best]!,
            p: step.o[best]!.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
              style: 'percent',
              maximumFractionDigits: 1,
            }),
          })}
        </p>
      </div>

      <div className="stepper__equation" data-testid="equation">
        <Tex math={stepEquation(t, step, model.weights.W)} display />
      </div>

      <div className="stepper__weights">
        <Slider
          label={s.uScale}
          value={props.uScale}
          min={0}
          max={3}
          step={0.05}
          onChange={(uScale) => setProps({ uScale })}
        />
        <fieldset className="matrix-sliders">
          <legend>{s.wMatrix}</legend>
          {props.W.map((w, k) => {
            const i = Math.floor(k / HIDDEN) + 1;
            const j = (k % HIDDEN) + 1;
            return (
              <Slider
                key={k}
                compact
                label={format(s.wEntry, { i, j })}
                value={w}
                min={-2}
                max={2}
                step={0.05}
                onChange={(v) => setProps({ W: props.W.map((old, m) => (m === k ? v : old)) })}
              />
            );
          })}
        </fieldset>
      </div>
    </div>
  );
}
