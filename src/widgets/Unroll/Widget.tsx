import { createUnrollDiagram, type SharedWeight } from '../../charts/unrollDiagram';
import { format } from '../../i18n';
import { CellStrip } from '../../ui/CellStrip';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { Tex } from '../../ui/Tex';
import {
  FigureLayout,
  NumbersTable,
  PlayPause,
  PresetRow,
  SeedButton,
  PropControl,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { unrollEquation } from './equation';
import { MAX_SENTENCE_CHARS, MAX_TOKENS, unrollMeta } from './meta';
import { list, useUnrollView } from './useUnrollView';
import './unroll.css';

const SHARED: readonly SharedWeight[] = ['U', 'W', 'V'];

const sub = (n: number) => String(n).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]!);

export default function Unroll() {
  const s = useStrings().unroll;
  const v = useUnrollView();
  const { props, setProps, model, T, t, tops, lit } = v;
  const chartRef = useChart(createUnrollDiagram, v.chartOptions, v.chartData);
  const step = model.steps[t]!;
  const { U, W, V } = model.weights;
  const k = model.vocabulary.indexOf(model.tokens[t]!);

  const picture = (
    <figure className="unroll-widget__figure" aria-label={s.diagram}>
      <div ref={chartRef} className="unroll-widget__diagram" data-testid="diagram" />
      <figcaption className="muted" aria-live="polite">
        {props.unrolled ? format(s.unrolledNote, { T }) : format(s.foldedNote, { t })}
      </figcaption>
    </figure>
  );

  const controls = (
    <>
      <div className="figure-row">
        <PropControl prop="unrolled">
          <button
            type="button"
            aria-pressed={!props.unrolled}
            onClick={() => setProps({ unrolled: !props.unrolled })}
          >
            {props.unrolled ? s.fold : s.unfold}
          </button>
        </PropControl>
        <PlayPause running={v.playing} onToggle={v.togglePlay} playLabel={s.play} />
      </div>
      <Slider
        prop="T"
        label={s.copies}
        value={T}
        min={1}
        max={v.n}
        step={1}
        format={String}
        onChange={(to) => setProps({ T: to, t: Math.min(t, to - 1) })}
      />
    </>
  );

  const readout = (
    <>
      <div className="figure-row unroll-widget__weights" role="group" aria-label={s.weights}>
        <span>{s.weights}:</span>
        {SHARED.map((w) => (
          <button
            key={w}
            type="button"
            className={`unroll-widget__weight unroll-widget__weight--${w}`}
            aria-pressed={v.pinned === w}
            aria-label={format(s.weightButton, { name: s.weightNames[w] })}
            onMouseEnter={() => v.setHovered(w)}
            onMouseLeave={() => v.setHovered(null)}
            onFocus={() => v.setHovered(w)}
            onBlur={() => v.setHovered(null)}
            onClick={() => v.setPinned(v.pinned === w ? null : w)}
          >
            {w}
          </button>
        ))}
      </div>
      <p className="unroll-widget__lit" data-testid="lit" aria-live="polite">
        {lit
          ? format(v.uses[lit] === 1 ? s.litOnce : s.lit, {
              name: s.weightNames[lit],
              n: v.uses[lit],
              rows: v.shapes[lit][0],
              cols: v.shapes[lit][1],
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
          list: tops[t]!.map((p) => `“${p.word}” ${v.percent(p.p)}`).join(', '),
        })}
      </p>
    </>
  );

  const table = (
    <NumbersTable
      testId="states-table"
      caption={s.table}
      columns={[
        { label: 't' },
        { label: s.word },
        ...Array.from(step.s, (_, i) => ({ label: `s${sub(i + 1)}` })),
        { label: s.next },
      ]}
      rows={model.steps
        .slice(0, T)
        .map((st, j) => [
          String(j),
          model.tokens[j]!,
          ...Array.from(st.s),
          `“${tops[j]![0]!.word}” ${v.percent(tops[j]![0]!.p)}`,
        ])}
      current={t}
    />
  );

  const more = (
    <>
      <PresetRow meta={unrollMeta} props={props} onApply={setProps}>
        <PropControl prop="sentence">
          <label className="field unroll-widget__sentence">
            <span>{s.sentence}</span>
            <input
              type="text"
              value={v.draft}
              maxLength={MAX_SENTENCE_CHARS + 20}
              spellCheck={false}
              aria-invalid={v.problem !== null}
              aria-describedby={v.problem ? v.hintId : undefined}
              onChange={(e) => v.onSentence(e.currentTarget.value)}
            />
          </label>
        </PropControl>
      </PresetRow>
      {v.problem && (
        <p className="widget-message" id={v.hintId} role="status">
          {format(v.problem === 'empty' ? s.sentenceEmpty : s.sentenceLong, {
            sentence: v.sentence,
            max: MAX_TOKENS,
            chars: MAX_SENTENCE_CHARS,
          })}
        </p>
      )}
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
      <Slider
        prop="t"
        label={s.step}
        value={t}
        min={0}
        max={Math.max(T - 1, 0)}
        step={1}
        format={String}
        onChange={(to) => setProps({ t: to })}
      />
      <Slider
        prop="hidden"
        label={s.hidden}
        value={props.hidden}
        min={2}
        max={6}
        step={1}
        format={String}
        onChange={(to) => setProps({ hidden: to })}
      />
    </>
  );

  return (
    <FigureLayout
      className="unroll-widget"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}
