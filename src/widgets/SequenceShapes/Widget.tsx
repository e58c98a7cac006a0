import { useEffect, useId, useMemo, useState } from 'react';
import { createSequenceShapes, type SequenceShapesData } from '../../charts/sequenceShapes';
import { format } from '../../i18n';
import type { PropsOf } from '../../state/widgetMeta';
import { useLang, useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { PresetSelect } from '../host/PresetSelect';
import { useWidgetState } from '../host/context';
import { APPLICATIONS, exampleFor, type Application } from './examples';
import { sequenceShapesMeta } from './meta';
import { shapeCounts, stepList, unrolledShape } from './shapes';
import './sequenceShapes.css';

type Props = PropsOf<typeof sequenceShapesMeta>;

/** Time between two steps of the flow when playing. */
const STEP_MS = 700;
const NO_OPTIONS = {};

export default function SequenceShapes() {
  const s = useStrings().sequenceShapes;
  const lang = useLang();
  const still = useReducedMotion();
  const app = useWidgetState<Props, Application>((st) => st.props.app);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const groupName = useId();

  const example = exampleFor(app, lang);
  const shape = useMemo(
    () => unrolledShape(example.kind, example.inputs.length, example.outputs.length),
    [example],
  );
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

  const data = useMemo<SequenceShapesData>(
    () => ({
      key: `${app}:${lang}`,
      inputs: shape.inputAt.map((i) => (i === null ? null : example.inputs[i]!)),
      outputs: shape.outputAt.map((o) => (o === null ? null : example.outputs[o]!)),
      encoderSteps: shape.kind === 'encoderDecoder' ? example.inputs.length : null,
      encoderLabel: s.encoder,
      decoderLabel: s.decoder,
      progress,
      still,
    }),
    [app, lang, shape, example, s, progress, still],
  );
  const ref = useChart(createSequenceShapes, NO_OPTIONS, data);

  const appName = s.apps[app];
  const shapeName = s.shapes[shape.kind];
  const tokenAt = (t: number, which: 'in' | 'out') => {
    const k = which === 'in' ? shape.inputAt[t] : shape.outputAt[t];
    if (k === null || k === undefined) return null;
    return (which === 'in' ? example.inputs : example.outputs)[k]!.text;
  };
  const current = progress - 1;
  const progressText =
    progress === 0
      ? s.progressNone
      : format(s.progress, {
          t: current,
          last: steps - 1,
          reads: tokenAt(current, 'in')
            ? format(s.reads, { x: tokenAt(current, 'in')! })
            : s.readsNothing,
          emits: tokenAt(current, 'out')
            ? format(s.emits, { y: tokenAt(current, 'out')! })
            : s.emitsNothing,
        }) + (progress === steps ? ` ${format(s.done, { steps })}` : '');

  return (
    <div className="seq-widget">
      <div className="widget-row">
        <fieldset className="seq-widget__apps">
          <legend>{s.application}</legend>
          {APPLICATIONS.map((a) => (
            <label key={a} className="seq-widget__app">
              <input
                type="radio"
                name={groupName}
                value={a}
                checked={a === app}
                onChange={() => setProps({ app: a })}
              />
              {s.apps[a]}
            </label>
          ))}
        </fieldset>
        <PresetSelect meta={sequenceShapesMeta} />
      </div>

      <p className="seq-widget__summary" data-testid="summary" aria-live="polite">
        <strong>
          {format(s.summary, {
            app: appName,
            shape: shapeName,
            steps,
            nIn: counts.inputs,
            nOut: counts.outputs,
            inSteps: stepList(shape.inputAt),
            outSteps: stepList(shape.outputAt),
          })}
        </strong>{' '}
        {s.why[app]}
      </p>

      <figure className="seq-widget__figure">
        <div
          ref={ref}
          className="seq-widget__diagram"
          role="img"
          aria-label={format(s.diagram, { app: appName, shape: shapeName })}
          data-testid="diagram"
        />
      </figure>

      <div className="widget-row" role="group" aria-label={s.flow}>
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => {
            if (playing) return setPlaying(false);
            if (progress >= steps) setProgress(0);
            setPlaying(true);
          }}
        >
          {playing ? `❚❚ ${s.pause}` : `▶ ${s.play}`}
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            setProgress(progress >= steps ? 1 : progress + 1);
          }}
        >
          {s.step} ▷
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            setProgress(0);
          }}
          disabled={progress === 0}
        >
          ⇤ {s.restart}
        </button>
      </div>
      <p className="seq-widget__progress" data-testid="progress" aria-live="polite">
        {progressText}
      </p>

      <div className="seq-widget__table">
        <table>
          <caption>{s.table}</caption>
          <thead>
            <tr>
              <th scope="row">{s.stepColumn}</th>
              {shape.inputAt.map((_, t) => (
                <th key={t} scope="col">
                  {t}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{s.inputColumn}</th>
              {shape.inputAt.map((_, t) => (
                <td key={t}>{tokenAt(t, 'in') ?? s.none}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{s.outputColumn}</th>
              {shape.outputAt.map((_, t) => (
                <td key={t}>{tokenAt(t, 'out') ?? s.none}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
