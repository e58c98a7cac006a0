import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SharedWeight, UnrollDiagramData } from '../../charts/unrollDiagram';
import { sentenceTokens } from '../../core/tokens';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { useWidgetProps } from '../host/context';
import { sentenceProblem, unrollMeta } from './meta';
import { buildUnrollModel, topPredictions } from './model';

/** Time between steps when the sentence plays. */
const PLAY_INTERVAL_MS = 900;

export const list = (v: ArrayLike<number>, digits = 3) =>
  Array.from(v, (x) => x.toFixed(digits)).join(', ');

/**
 * The Unroll figure's view model: its props, the sentence draft, the engine's run, which shared
 * matrix is lit, the player, and the diagram's data.
 */
export function useUnrollView() {
  const s = useStrings().unroll;
  const lang = useLang();
  const still = useReducedMotion();
  const [props, setProps] = useWidgetProps(unrollMeta);
  const hintId = useId();

  // An empty `sentence` prop means the preset sentence of the page's language.
  const sentence = props.sentence || s.presetSentence;
  const [draft, setDraft] = useState(sentence);
  const [synced, setSynced] = useState(sentence);
  if (sentence !== synced) {
    setSynced(sentence);
    setDraft(sentence);
  }

  const model = useMemo(
    () => buildUnrollModel({ sentence, hidden: props.hidden, seed: props.seed }),
    [sentence, props.hidden, props.seed],
  );
  const n = model.tokens.length;
  const T = Math.min(props.T, n);
  const t = Math.min(props.t, T - 1);
  const tops = useMemo(
    () => model.steps.map((st) => topPredictions(st.o, model.vocabulary)),
    [model],
  );
  const percent = (p: number) =>
    p.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
      style: 'percent',
      maximumFractionDigits: 1,
    });

  // Weight sharing: a matrix lit by hover or focus, or pinned by pressing its button.
  const [hovered, setHovered] = useState<SharedWeight | null>(null);
  const [pinned, setPinned] = useState<SharedWeight | null>(null);
  const lit = hovered ?? pinned;

  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return undefined;
    const id = setTimeout(() => {
      if (t >= T - 1) setPlaying(false);
      else setProps({ t: t + 1 });
    }, PLAY_INTERVAL_MS);
    return () => clearTimeout(id);
  }, [playing, t, T, setProps]);
  const togglePlay = (run: boolean) => {
    if (run && t >= T - 1) setProps({ t: 0 });
    setPlaying(run);
  };

  // The chart calls back into the store; a ref keeps its options object stable.
  const setPropsRef = useRef(setProps);
  useEffect(() => {
    setPropsRef.current = setProps;
  }, [setProps]);
  const onFocusStep = useCallback((to: number) => setPropsRef.current({ t: to }), []);
  const chartOptions = useMemo(() => ({ onFocusStep }), [onFocusStep]);
  const chartData = useMemo<UnrollDiagramData>(
    () => ({
      T,
      unrolled: props.unrolled,
      focus: t,
      lit,
      tokens: model.tokens,
      states: model.steps.map((st) => st.s),
      outputs: tops.map((top) => top[0]!.word),
      stepLabels: model.steps.map((st, k) =>
        format(s.stepLabel, {
          t: k,
          word: model.tokens[k]!,
          values: list(st.s),
          next: tops[k]![0]!.word,
        }),
      ),
      listLabel: s.listLabel,
      still,
    }),
    [T, props.unrolled, t, lit, model, tops, s, still],
  );

  const onSentence = (text: string) => {
    setDraft(text);
    if (sentenceProblem(text) === null) {
      const count = sentenceTokens(text).length;
      setProps({ sentence: text, T: count, t: Math.min(t, count - 1) });
    }
  };

  const { U, W, V } = model.weights;
  // Where each matrix is drawn: once in the folded cell (and in a chain of one, which keeps its
  // loop); unrolled, U and V in every copy and W between every pair of neighbours.
  const chain = props.unrolled && T > 1;
  return {
    props,
    setProps,
    hintId,
    sentence,
    draft,
    problem: sentenceProblem(draft),
    onSentence,
    model,
    n,
    T,
    t,
    tops,
    percent,
    lit,
    pinned,
    setHovered,
    setPinned,
    playing,
    togglePlay,
    chartOptions,
    chartData,
    shapes: { U: [U.rows, U.cols], W: [W.rows, W.cols], V: [V.rows, V.cols] } as const,
    uses: { U: chain ? T : 1, V: chain ? T : 1, W: chain ? T - 1 : 1 },
  };
}
