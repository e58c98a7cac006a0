import { useEffect, useId, useMemo, useState } from 'react';
import { createFamilyDiagram, type FamilyDiagramOptions } from '../../charts/familyDiagram';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { useChart } from '../../ui/useChart';
import { useReducedMotion } from '../../ui/useReducedMotion';
import type { PropsOf } from '../../state/widgetMeta';
import { PresetSelect } from '../host/PresetSelect';
import { useWidgetState } from '../host/context';
import { ParameterPanel } from './ParameterPanel';
import { ValuesTable } from './ValuesTable';
import { countParameters } from './counts';
import { diagramFor } from './diagram';
import { MEMBERS, MEMBER_CHAPTER, memberSpec, type Member } from './members';
import { familyMeta } from './meta';
import { SEQUENCE_LENGTH, runMember } from './step';
import { chartData, fmt, isIdle, nodeName } from './view';
import './family.css';

type Props = PropsOf<typeof familyMeta>;

/** Milliseconds per stage of the step animation (input → gates → state → output). */
const STAGE_MS = 380;

export default function Family() {
  const s = useStrings().family;
  const lang = useLang();
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const reduced = useReducedMotion();
  const groupName = useId();
  const { member, t, seed } = props;

  const spec = useMemo(
    () =>
      memberSpec(
        member,
        {
          inputSize: props.inputSize,
          hiddenSize: props.hiddenSize,
          outputSize: props.outputSize,
          layers: props.layers,
          peepholes: props.peepholes,
        },
        seed,
      ),
    [
      member,
      props.inputSize,
      props.hiddenSize,
      props.outputSize,
      props.layers,
      props.peepholes,
      seed,
    ],
  );
  const diagram = useMemo(() => diagramFor(spec), [spec]);
  const run = useMemo(() => runMember(spec, seed), [spec, seed]);
  const counts = useMemo(() => countParameters(spec), [spec]);
  const values = run.steps[t]!;

  // The step animation: stage k's nodes light up after k × STAGE_MS; null = everything shown.
  const [stage, setStage] = useState<number | null>(null);
  useEffect(() => {
    if (stage === null) return undefined;
    const id = window.setTimeout(
      () => setStage(stage + 1 < diagram.stages ? stage + 1 : null),
      STAGE_MS,
    );
    return () => window.clearTimeout(id);
  }, [stage, diagram.stages]);
  const goTo = (next: number, animate: boolean) => {
    setProps({ t: next });
    setStage(animate && !reduced ? 0 : null);
  };
  // Changing the member or a size shows the new network at once.
  const [shownSpec, setShownSpec] = useState(spec);
  if (shownSpec !== spec) {
    setShownSpec(spec);
    setStage(null);
  }

  const [focused, setFocused] = useState<string | null>(null);
  const chartOpts = useMemo<FamilyDiagramOptions>(
    () => ({
      ariaLabel: format(s.diagramLabel, { name: s.names[member] }),
      onFocusNode: setFocused,
    }),
    [s, member],
  );
  const data = useMemo(
    () => chartData(diagram, values, t, stage ?? diagram.stages, stage ?? -1),
    [diagram, values, t, stage],
  );
  const chartRef = useChart(createFamilyDiagram, chartOpts, data);
  const focusNode = diagram.nodes.find((n) => n.id === focused) ?? null;

  const chapter = MEMBER_CHAPTER[member];
  const chapterNo = Number(chapter.slice(0, 2));
  const base = import.meta.env.BASE_URL;
  const last = SEQUENCE_LENGTH - 1;

  return (
    <div className="family">
      <fieldset className="family__members">
        <legend>{s.members}</legend>
        {MEMBERS.map((m: Member) => (
          <label key={m} className={m === member ? 'family__tab is-selected' : 'family__tab'}>
            <input
              type="radio"
              name={groupName}
              value={m}
              checked={m === member}
              onChange={() => setProps({ member: m, t: 0 })}
            />
            {s.names[m]}
          </label>
        ))}
      </fieldset>
      <p className="family__answer" data-testid="answer">
        {s.answers[member]}{' '}
        <a href={`${base}${lang}/${chapter}/`}>
          {format(s.chapterLink, { n: chapterNo, title: s.chapterTitles[chapter] })}
        </a>
      </p>

      <div className="family__sizes">
        <Slider
          label={s.inputSize}
          value={props.inputSize}
          min={1}
          max={8}
          step={1}
          format={String}
          onChange={(inputSize) => setProps({ inputSize })}
        />
        <Slider
          label={member === 'esn' ? s.reservoirSize : s.hiddenSize}
          value={props.hiddenSize}
          min={1}
          max={16}
          step={1}
          format={String}
          onChange={(hiddenSize) => setProps({ hiddenSize })}
        />
        <Slider
          label={s.outputSize}
          value={props.outputSize}
          min={1}
          max={8}
          step={1}
          format={String}
          onChange={(outputSize) => setProps({ outputSize })}
        />
        {member === 'deep' && (
          <Slider
            label={s.layers}
            value={props.layers}
            min={2}
            max={4}
            step={1}
            format={String}
            onChange={(layers) => setProps({ layers })}
          />
        )}
        {member === 'lstm' && (
          <label className="family__check">
            <input
              type="checkbox"
              checked={props.peepholes}
              onChange={(e) => setProps({ peepholes: e.currentTarget.checked })}
            />
            {s.peepholes}
          </label>
        )}
      </div>
      <div className="widget-row">
        <PresetSelect meta={familyMeta} />
        <button type="button" onClick={() => setProps({ seed: (seed % 9999) + 1 })}>
          {s.newSeed} <span className="muted">({format(s.seed, { seed })})</span>
        </button>
      </div>

      <ParameterPanel member={member} counts={counts} />

      <div className="widget-row" role="group" aria-label={s.controls}>
        <button type="button" onClick={() => goTo(0, false)} disabled={t === 0}>
          ⇤ {s.restart}
        </button>
        <button type="button" onClick={() => goTo(t - 1, false)} disabled={t === 0}>
          ◀ {s.stepBack}
        </button>
        <button type="button" onClick={() => goTo(t + 1, true)} disabled={t === last}>
          {s.stepForward} ▶
        </button>
      </div>
      <p aria-live="polite" data-testid="position">
        {format(s.position, { t, last })}
      </p>

      <div
        className="family__diagram"
        ref={chartRef}
        data-testid="diagram"
        data-member={member}
        data-animating={stage === null ? 'false' : 'true'}
      />
      <p className="family__readout" aria-live="polite" data-testid="node-readout">
        {focusNode
          ? isIdle(focusNode, t)
            ? `${nodeName(focusNode)}: ${format(s.nodeIdle, { period: focusNode.period ?? 1 })} — [${Array.from(values.get(focusNode.id)!, (v) => fmt(v)).join(', ')}]`
            : format(s.nodeReadout, {
                node: nodeName(focusNode),
                values: Array.from(values.get(focusNode.id)!, (v) => fmt(v)).join(', '),
              })
          : s.focusHint}
      </p>
      <p className="muted family__legend">{s.legend}</p>
      <p className="muted">{member === 'esn' ? s.esnNote : s.inputNote}</p>

      <ValuesTable diagram={diagram} values={values} t={t} />
    </div>
  );
}
