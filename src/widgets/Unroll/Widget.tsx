import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  createUnrollDiagram,
  type SharedWeight,
  type UnrollDiagramData,
} from '../../charts/unrollDiagram';
import { sentenceTokens } from '../../core/tokens';
import { format } from '../../i18n';
import type { PropsOf } from '../../state/widgetMeta';
import { CellStrip } from '../../ui/CellStrip';
import { useLang, useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { Tex } from '../../ui/Tex';
import { useChart } from '../../ui/useChart';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { PresetSelect } from '../host/PresetSelect';
import { useWidgetState } from '../host/context';
import { unrollEquation } from './equation';
import { MAX_SENTENCE_CHARS, MAX_TOKENS, sentenceProblem, unrollMeta } from './meta';
import { buildUnrollModel, topPredictions } from './model';
import './unroll.css';

type Props = PropsOf<typeof unrollMeta>;

const SHARED: readonly SharedWeight[] = ['U', 'W', 'V'];
/** Time between steps when the sentence plays. */
const PLAY_INTERVAL_MS = 900;

const sub = (n: number) => String(n).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]!);
const list = (v: ArrayLike<number>, digits = 3) =>
  Array.from(v, (x) => x.toFixed(digits)).join(', ');

export default function Unroll() {
  const s = useStrings().unroll;
  const lang = useLang();
  const still = useReducedMotion();
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const hintId = useId();

  // An empty `sentence` prop means the preset sentence of the page's language.
  const sentence = props.sentence || s.presetSentence;
  const [draft, setDraft] = useState(sentence);
  const [synced, setSynced] = useState(sentence);
  if (sentence !== synced) {
    setSynced(sentence);
    setDraft(sentence);
  }
  const problem = sentenceProblem(draft);

  const model = useMemo(
    () => buildUnrollModel({ sentence, hidden: props.hidden, seed: props.seed }),
    [sentence, props.hidden, props.seed],
  );
  const n = model.tokens.length;
  const T = Math.min(props.T, n);
  const t = Math.min(props.t, T - 1);
  const step = model.steps[t]!;
  const percent = (p: number) =>
    p.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
  const tops = useMemo(
    () => model.steps.map((st) => topPredictions(st.o, model.vocabulary)),
    [model],
  );

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

  // The chart calls back into the store; a ref keeps its options object stable.
  const setPropsRef = useRef(setProps);
  useEffect(() => {
    setPropsRef.current = setProps;
  }, [setProps]);
  const onFocusStep = useCallback((to: number) => setPropsRef.current({ t: to }), []);
  const opts = useMemo(() => ({ onFocusStep }), [onFocusStep]);
  const data = useMemo<UnrollDiagramData>(
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
  const chartRef = useChart(createUnrollDiagram, opts, data);

  const onSentence = (text: string) => {
    setDraft(text);
    if (sentenceProblem(text) === null) {
      const count = sentenceTokens(text).length;
      setProps({ sentence: text, T: count, t: Math.min(t, count - 1) });
    }
  };

  const { U, W, V } = model.weights;
  const shapes = { U: [U.rows, U.cols], W: [W.rows, W.cols], V: [V.rows, V.cols] } as const;
  // Where each matrix is drawn: once in the folded cell (and in a chain of one, which keeps its
  // loop); unrolled, U and V in every copy and W between every pair of neighbours.
  const chain = props.unrolled && T > 1;
  const uses = { U: chain ? T : 1, V: chain ? T : 1, W: chain ? T - 1 : 1 };
  const k = model.vocabulary.indexOf(model.tokens[t]!);

  return (
    <div className="unroll-widget">
      <div className="widget-row">
        <label className="field unroll-widget__sentence">
          <span>{s.sentence}</span>
          <input
            type="text"
            value={draft}
            maxLength={MAX_SENTENCE_CHARS + 20}
            spellCheck={false}
            aria-invalid={problem !== null}
            aria-describedby={problem ? hintId : undefined}
            onChange={(e) => onSentence(e.currentTarget.value)}
          />
        </label>
        <PresetSelect meta={unrollMeta} />
        <button type="button" onClick={() => setProps({ seed: (props.seed % 9999) + 1 })}>
          {s.newRandom} <span className="muted">({format(s.seed, { seed: props.seed })})</span>
        </button>
      </div>
      {problem && (
        <p className="widget-message" id={hintId} role="status">
          {format(problem === 'empty' ? s.sentenceEmpty : s.sentenceLong, {
            sentence,
            max: MAX_TOKENS,
            chars: MAX_SENTENCE_CHARS,
          })}
        </p>
      )}

      <div className="widget-row">
        <button
          type="button"
          aria-pressed={!props.unrolled}
          onClick={() => setProps({ unrolled: !props.unrolled })}
        >
          {props.unrolled ? s.fold : s.unfold}
        </button>
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => {
            if (playing) return setPlaying(false);
            if (t >= T - 1) setProps({ t: 0 });
            setPlaying(true);
          }}
        >
          {playing ? `❚❚ ${s.pause}` : `▶ ${s.play}`}
        </button>
      </div>
      <div className="unroll-widget__sliders">
        <Slider
          label={s.copies}
          value={T}
          min={1}
          max={n}
          step={1}
          format={String}
          onChange={(v) => setProps({ T: v, t: Math.min(t, v - 1) })}
        />
        <Slider
          label={s.step}
          value={t}
          min={0}
          max={Math.max(T - 1, 0)}
          step={1}
          format={String}
          onChange={(v) => setProps({ t: v })}
        />
        <Slider
          label={s.hidden}
          value={props.hidden}
          min={2}
          max={6}
          step={1}
          format={String}
          onChange={(v) => setProps({ hidden: v })}
        />
      </div>

      <figure className="unroll-widget__figure" aria-label={s.diagram}>
        <div ref={chartRef} className="unroll-widget__diagram" data-testid="diagram" />
        <figcaption className="muted" aria-live="polite">
          {props.unrolled ? format(s.unrolledNote, { T }) : format(s.foldedNote, { t })}
        </figcaption>
      </figure>

      <div className="widget-row unroll-widget__weights" role="group" aria-label={s.weights}>
        <span>{s.weights}:</span>
        {SHARED.map((w) => (
          <button
            key={w}
            type="button"
            className={`unroll-widget__weight unroll-widget__weight--${w}`}
            aria-pressed={pinned === w}
            aria-label={format(s.weightButton, { name: s.weightNames[w] })}
            onMouseEnter={() => setHovered(w)}
            onMouseLeave={() => setHovered(null)}
            onFocus={() => setHovered(w)}
            onBlur={() => setHovered(null)}
            onClick={() => setPinned(pinned === w ? null : w)}
          >
            {w}
          </button>
        ))}
      </div>
      <p className="unroll-widget__lit" data-testid="lit" aria-live="polite">
        {lit
          ? format(uses[lit] === 1 ? s.litOnce : s.lit, {
              name: s.weightNames[lit],
              n: uses[lit],
              rows: shapes[lit][0],
              cols: shapes[lit][1],
            })
          : s.litNone}{' '}
        {format(s.params, {
          total: U.data.length + W.data.length + V.data.length,
          u: U.data.length,
          w: W.data.length,
          v: V.data.length,
        })}
      </p>

      <CellStrip
        testId="state"
        caption={format(s.state, { t: sub(t), word: model.tokens[t]! })}
        scheme="diverging"
        values={step.s}
        labels={Array.from(step.s, (_, i) => String(i + 1))}
        ariaLabel={format(s.cellsLabel, { name: `s${sub(t)}`, values: list(step.s) })}
      />
      <p className="muted" data-testid="input-note">
        {format(s.input, {
          t: sub(t),
          word: model.tokens[t]!,
          k: k + 1,
          K: model.vocabulary.symbols.length,
        })}
      </p>
      <div className="unroll-widget__equation" data-testid="equation">
        <Tex math={unrollEquation(t, step, W)} display />
      </div>
      <p data-testid="prediction">
        {format(s.output, {
          t: sub(t),
          list: tops[t]!.map((p) => `“${p.word}” ${percent(p.p)}`).join(', '),
        })}
      </p>
    </div>
  );
}
