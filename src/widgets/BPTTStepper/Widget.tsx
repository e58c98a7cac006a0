import { useId, useMemo } from 'react';
import { createBpttChain, type ChainData } from '../../charts/bpttChain';
import { createContributionBars, type ContributionBar } from '../../charts/contributionBars';
import { frobenius } from '../../core/lessons';
import { format } from '../../i18n';
import { DraftTextField, useDraft } from '../../ui/DraftTextField';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { Tex } from '../../ui/Tex';
import { useChart } from '../../ui/useChart';
import type { PropsOf } from '../../state/widgetMeta';
import { PresetSelect } from '../host/PresetSelect';
import { useWidgetState } from '../host/context';
import { backwardEquation, forwardEquation, gradientEquation } from './equation';
import { bpttStepperMeta, WORD_PATTERN } from './meta';
import { buildBpttModel, knownAt, stageOf } from './model';
import { StepTable } from './StepTable';
import './bpttStepper.css';

type Props = PropsOf<typeof bpttStepperMeta>;

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

export default function BPTTStepper() {
  const s = useStrings().bpttStepper;
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const hintId = useId();
  const model = useMemo(() => buildBpttModel(props), [props]);
  const T = model.inputs.length;
  const { pos, k } = props;
  const stage = stageOf(pos, T);
  const known = knownAt(stage, T);
  // The model keeps the last valid word while the box holds a draft.
  const word = useDraft(
    props.word,
    (text) => WORD_PATTERN.test(text),
    (text) => setProps({ word: text, pos: 0, k: Math.min(k, text.length - 1) }),
  );

  const chain = useMemo<ChainData>(
    () => ({
      steps: model.inputs.map((input, t) => {
        const back = t >= known.backwardFrom;
        return {
          input,
          target: model.targets[t]!,
          state: t < known.forward ? Array.from(model.trace.steps[t]!.s) : null,
          loss: t < known.forward ? model.trace.losses[t]! : null,
          fromOutput: back ? norm(model.trace.fromOutput[t]!) : null,
          fromFuture: back ? norm(model.trace.fromFuture[t]!) : null,
        };
      }),
      current: stage.kind === 'start' ? null : stage.t,
      direction: stage.kind === 'start' ? null : stage.kind,
    }),
    [model, known, stage],
  );
  const chainRef = useChart(createBpttChain, undefined, chain);
  const barOptions = useMemo(() => ({ yLabel: s.barsAxis, ariaLabel: s.barsLabel }), [s]);
  const bars = useMemo<ContributionBar[]>(
    () =>
      model.inputs.map((_, t) => {
        const done = t >= known.backwardFrom;
        return {
          label: `t = ${t}`,
          full: done ? model.fullNorms[t]! : null,
          kept: done ? model.keptNorms[t]! : null,
        };
      }),
    [model, known],
  );
  const barsRef = useChart(createContributionBars, barOptions, bars);

  const equation =
    stage.kind === 'forward'
      ? forwardEquation(model, stage.t)
      : stage.kind === 'backward'
        ? backwardEquation(model, stage.t)
        : null;
  const finished = pos === 2 * T;
  const position =
    stage.kind === 'start'
      ? format(s.atStart, { T })
      : format(stage.kind === 'forward' ? s.atForward : s.atBackward, {
          t: stage.t,
          last: T - 1,
          input: model.inputs[stage.t]!,
          target: model.targets[stage.t]!,
        });
  const fullNorm = frobenius(model.trace.gradW);
  const keptNorm = frobenius(model.truncatedGradW);
  const cosine =
    fullNorm > 0 && keptNorm > 0
      ? model.trace.gradW.data.reduce((acc, v, i) => acc + v * model.truncatedGradW.data[i]!, 0) /
        (fullNorm * keptNorm)
      : 1;

  return (
    <div className="bptt">
      <div className="widget-row">
        <DraftTextField label={s.word} draft={word} hintId={hintId} />
        <PresetSelect meta={bpttStepperMeta} />
        <button type="button" onClick={() => setProps({ seed: (props.seed % 9999) + 1 })}>
          {s.newRandom} <span className="muted">({format(s.seed, { seed: props.seed })})</span>
        </button>
      </div>
      {!word.valid && (
        <p className="widget-message" id={hintId} role="status">
          {format(s.wordInvalid, { word: props.word })}
        </p>
      )}
      <div className="widget-row" role="group" aria-label={s.controls}>
        <button type="button" onClick={() => setProps({ pos: 0 })} disabled={pos === 0}>
          ⇤ {s.toStart}
        </button>
        <button type="button" onClick={() => setProps({ pos: pos - 1 })} disabled={pos === 0}>
          ◀ {s.back}
        </button>
        <button type="button" onClick={() => setProps({ pos: pos + 1 })} disabled={finished}>
          {pos < T ? s.forwardStep : s.backwardStep} ▶
        </button>
        <button type="button" onClick={() => setProps({ pos: 2 * T })} disabled={finished}>
          {s.toEnd} ⇥
        </button>
      </div>
      <p className="bptt__position" aria-live="polite" data-testid="bptt-position">
        {position}
      </p>
      <div className="bptt__chain" ref={chainRef} />
      <p className="muted bptt__legend">{s.chainLegend}</p>
      <div className="bptt__equation" data-testid="bptt-equation">
        {equation ? <Tex math={equation} display /> : <p className="muted">{s.pressForward}</p>}
        {finished && <Tex math={gradientEquation(model, k)} display />}
      </div>
      <div className="bptt__settings">
        <Slider
          label={s.k}
          value={Math.min(k, T)}
          min={1}
          max={T}
          step={1}
          format={(v) => (v >= T ? format(s.kAll, { k: v }) : String(v))}
          onChange={(v) => setProps({ k: Math.round(v) })}
        />
        <Slider
          label={s.wScale}
          value={props.wScale}
          min={0}
          max={3}
          step={0.05}
          onChange={(wScale) => setProps({ wScale })}
        />
      </div>
      <div className="bptt__bars" ref={barsRef} />
      <p data-testid="bptt-summary">
        {finished
          ? format(k >= T ? s.summaryFull : s.summaryTruncated, {
              full: fullNorm.toFixed(4),
              kept: keptNorm.toFixed(4),
              k,
              cosine: cosine.toFixed(3),
            })
          : s.summaryPending}
      </p>
      <StepTable model={model} known={known} />
    </div>
  );
}
