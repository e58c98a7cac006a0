import { useEffect, useMemo, useState } from 'react';
import type { FamilyDiagramOptions } from '../../charts/familyDiagram';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { useWidgetProps } from '../host/context';
import { countParameters } from './counts';
import { diagramFor } from './diagram';
import { memberSpec } from './members';
import { familyMeta } from './meta';
import { SEQUENCE_LENGTH, runMember } from './step';
import { chartData, fmt, isIdle, nodeName } from './view';

/** Milliseconds per stage of the step animation (input → gates → state → output). */
const STAGE_MS = 380;

/**
 * The Family figure's view model: the member as the engine builds it, its diagram, its run over
 * the seeded inputs, the parameter count, the step animation and the focused node's readout.
 */
export function useFamilyView() {
  const s = useStrings().family;
  const reduced = useReducedMotion();
  const [props, setProps] = useWidgetProps(familyMeta);
  const { member, t, seed, inputSize, hiddenSize, outputSize, layers, peepholes } = props;

  const spec = useMemo(
    () => memberSpec(member, { inputSize, hiddenSize, outputSize, layers, peepholes }, seed),
    [member, inputSize, hiddenSize, outputSize, layers, peepholes, seed],
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
  /** Only a step forward animates: the data flows through one new time step. */
  const goTo = (next: number) => {
    setProps({ t: next });
    setStage(next === t + 1 && !reduced ? 0 : null);
  };
  // Changing the member or a size shows the new network at once.
  const [shownSpec, setShownSpec] = useState(spec);
  if (shownSpec !== spec) {
    setShownSpec(spec);
    setStage(null);
  }

  const [focused, setFocused] = useState<string | null>(null);
  const chartOptions = useMemo<FamilyDiagramOptions>(
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

  const focusNode = diagram.nodes.find((n) => n.id === focused) ?? null;
  const shown = (id: string) => Array.from(values.get(id)!, (v) => fmt(v)).join(', ');
  const nodeReadout = !focusNode
    ? s.focusHint
    : isIdle(focusNode, t)
      ? `${nodeName(focusNode)}: ${format(s.nodeIdle, { period: focusNode.period ?? 1 })} — [${shown(focusNode.id)}]`
      : format(s.nodeReadout, { node: nodeName(focusNode), values: shown(focusNode.id) });

  return {
    props,
    setProps,
    diagram,
    values,
    counts,
    last: SEQUENCE_LENGTH - 1,
    animating: stage !== null,
    goTo,
    chartOptions,
    data,
    nodeReadout,
  };
}
