import { useId, useMemo } from 'react';
import type { ChainData } from '../../charts/bpttChain';
import type { ContributionBar } from '../../charts/contributionBars';
import { frobenius } from '../../core/lessons';
import { format } from '../../i18n';
import { useDraft } from '../../ui/DraftTextField';
import { useStrings } from '../../ui/LangContext';
import { useWidgetProps } from '../host/context';
import { bpttStepperMeta, WORD_PATTERN } from './meta';
import { buildBpttModel, knownAt, stageOf } from './model';

export const norm = (v: ArrayLike<number>) =>
  Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

/**
 * The BPTTStepper's view model: its props, the engine's forward and backward pass over the word,
 * where the stepper is (pos 0 … 2T), what is known there, and the two charts' data.
 */
export function useBpttView() {
  const s = useStrings().bpttStepper;
  const [props, setProps] = useWidgetProps(bpttStepperMeta);
  const hintId = useId();
  const model = useMemo(() => buildBpttModel(props), [props]);
  const T = model.inputs.length;
  const { pos, k } = props;
  const stage = useMemo(() => stageOf(pos, T), [pos, T]);
  const known = useMemo(() => knownAt(stage, T), [stage, T]);
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

  const position =
    stage.kind === 'start'
      ? format(s.atStart, { T })
      : format(stage.kind === 'forward' ? s.atForward : s.atBackward, {
          t: stage.t,
          last: T - 1,
          input: model.inputs[stage.t]!,
          target: model.targets[stage.t]!,
        });

  /** Rows of the numbers table: what is not known yet at this stage shows as '–'. */
  const rows = model.inputs.map((input, t) => {
    const fwd = t < known.forward;
    const back = t >= known.backwardFrom;
    const shown = (isKnown: boolean, v: number) => (isKnown ? v : '–');
    return [
      String(t),
      `${input} → ${model.targets[t]}`,
      shown(fwd, model.trace.losses[t]!),
      shown(back, norm(model.trace.deltas[t]!)),
      shown(back, model.fullNorms[t]!),
      shown(back, model.keptNorms[t]!),
    ];
  });

  const fullNorm = frobenius(model.trace.gradW);
  const keptNorm = frobenius(model.truncatedGradW);
  const cosine =
    fullNorm > 0 && keptNorm > 0
      ? model.trace.gradW.data.reduce((acc, v, i) => acc + v * model.truncatedGradW.data[i]!, 0) /
        (fullNorm * keptNorm)
      : 1;
  const finished = pos === 2 * T;
  const summary = finished
    ? format(k >= T ? s.summaryFull : s.summaryTruncated, {
        full: fullNorm.toFixed(4),
        kept: keptNorm.toFixed(4),
        k,
        cosine: cosine.toFixed(3),
      })
    : s.summaryPending;

  return {
    props,
    setProps,
    hintId,
    word,
    model,
    T,
    stage,
    finished,
    chain,
    barOptions,
    bars,
    position,
    rows,
    summary,
  };
}
