import { useId, useMemo } from 'react';
import { useDraft } from '../../ui/DraftTextField';
import { useLang } from '../../ui/LangContext';
import { useWidgetProps } from '../host/context';
import { WORD_PATTERN, recurrenceStepperMeta } from './meta';
import { buildStepperModel } from './model';

/** Index of the largest entry. */
function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** The RecurrenceStepper's view model: its props, the engine's run over the word, the draft word. */
export function useStepperView() {
  const lang = useLang();
  const [props, setProps] = useWidgetProps(recurrenceStepperMeta);
  const hintId = useId();
  const model = useMemo(() => buildStepperModel(props), [props]);
  const { t } = props;
  // The model keeps the last valid word while the box holds a draft.
  const word = useDraft(
    props.word,
    (text) => WORD_PATTERN.test(text),
    (text) => setProps({ word: text, t: Math.min(t, text.length - 1) }),
  );
  const percent = (p: number) =>
    p.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
  const best = model.steps.map((st) => argmax(st.o));
  return {
    props,
    setProps,
    hintId,
    model,
    word,
    t,
    step: model.steps[t]!,
    symbol: model.symbols[t]!,
    symbolIndex: model.vocabulary.indexOf(model.symbols[t]!),
    /** Index of the most likely next symbol at each step. */
    best,
    percent,
  };
}
