import { useEffect, useMemo, useState } from 'react';
import type { SequenceShapesData } from '../../charts/sequenceShapes';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { useWidgetProps } from '../host/context';
import { emittedTokens, exampleFor } from './examples';
import { sequenceShapesMeta } from './meta';
import { BLANK, collapsePath, mergeRepeats, shapeCounts, stepList, unrolledShape } from './shapes';

/** Time between two steps of the flow when playing. */
const STEP_MS = 700;

/**
 * The SequenceShapes figure's view model: the chosen task's example laid on its shape, how far
 * the data has flowed (0 = nothing computed … steps = all), the player, and the texts and chart
 * data that say so.
 */
export function useSequenceShapesView() {
  const s = useStrings().sequenceShapes;
  const lang = useLang();
  const still = useReducedMotion();
  const [props, setProps] = useWidgetProps(sequenceShapesMeta);
  const { app } = props;

  const example = exampleFor(app, lang);
  const emitted = emittedTokens(example);
  const shape = useMemo(
    () => unrolledShape(example.kind, example.inputs.length, emitted.length),
    [example, emitted.length],
  );
  const labels = useMemo(() => (example.path ? collapsePath(example.path) : null), [example]);
  const { steps } = shape;
  const counts = shapeCounts(shape);

  // The figure first shows the whole shape; picking another task replays its flow from step 0
  // (or, with reduced motion, shows the finished shape at once).
  const [progress, setProgress] = useState(steps);
  const [playing, setPlaying] = useState(false);
  const [shownKey, setShownKey] = useState(`${app}:${lang}`);
  if (shownKey !== `${app}:${lang}`) {
    setShownKey(`${app}:${lang}`);
    setProgress(still ? steps : 0);
    setPlaying(!still);
  }
  useEffect(() => {
    if (!playing) return undefined;
    const id = setTimeout(() => {
      if (progress >= steps) setPlaying(false);
      else setProgress(progress + 1);
    }, STEP_MS);
    return () => clearTimeout(id);
  }, [playing, progress, steps]);

  const togglePlay = (run: boolean) => {
    if (run && progress >= steps) setProgress(0);
    setPlaying(run);
  };
  const goTo = (to: number) => {
    setPlaying(false);
    setProgress(to);
  };

  const chartData = useMemo<SequenceShapesData>(
    () => ({
      key: `${app}:${lang}`,
      inputs: shape.inputAt.map((i) => (i === null ? null : example.inputs[i]!)),
      outputs: shape.outputAt.map((o) =>
        o === null ? null : { ...emitted[o]!, blank: emitted[o]!.text === BLANK },
      ),
      encoderSteps: shape.kind === 'encoderDecoder' ? example.inputs.length : null,
      encoderLabel: s.encoder,
      decoderLabel: s.decoder,
      labels: labels && labels.map((l) => ({ text: l.label, steps: l.steps })),
      progress,
      still,
    }),
    [app, lang, shape, example, emitted, labels, s, progress, still],
  );

  /** The text of the input read or the symbol emitted at step t, or null when there is none. */
  const tokenAt = (t: number, which: 'in' | 'out') => {
    const k = which === 'in' ? shape.inputAt[t] : shape.outputAt[t];
    if (k === null || k === undefined) return null;
    return (which === 'in' ? example.inputs : emitted)[k]!.text;
  };
  const emits = (t: number) => {
    const y = tokenAt(t, 'out');
    if (y === null) return s.emitsNothing;
    return y === BLANK ? format(s.emitsBlank, { blank: BLANK }) : format(s.emits, { y });
  };
  const current = progress - 1;
  const x = progress === 0 ? null : tokenAt(current, 'in');
  const progressText =
    progress === 0
      ? s.progressNone
      : format(s.progress, {
          t: current,
          last: steps - 1,
          reads: x === null ? s.readsNothing : format(s.reads, { x }),
          emits: emits(current),
        }) + (progress === steps ? ` ${format(s.done, { steps })}` : '');

  const appName = s.apps[app];
  const shapeName = s.shapes[shape.kind];
  const summary =
    format(s.summary, {
      app: appName,
      shape: shapeName,
      steps,
      nIn: counts.inputs,
      nOut: counts.outputs,
      inSteps: stepList(shape.inputAt),
      outSteps: stepList(shape.outputAt),
    }) +
    (labels
      ? ` ${format(s.summaryUnaligned, { blank: BLANK, labels: labels.length, steps })}`
      : '');

  // Unaligned: the path, the path with repeats merged, and the labels left without the blanks.
  const collapse =
    example.path && labels
      ? format(s.collapse, {
          path: example.path.join(' '),
          merged: mergeRepeats(example.path).join(' '),
          labels: labels.map((l) => l.label).join(' '),
          n: labels.length,
          frames: example.path.length,
        })
      : null;

  return {
    props,
    setProps,
    app,
    appName,
    shapeName,
    shape,
    steps,
    labels,
    summary,
    collapse,
    progress,
    progressText,
    playing,
    togglePlay,
    goTo,
    tokenAt,
    chartData,
  };
}
