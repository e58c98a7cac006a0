import { useId, useMemo } from 'react';
import { useDraft } from '../../ui/DraftTextField';
import { useWidgetProps } from '../host/context';
import {
  CELL_GATES,
  MAX_HAND_ENTRIES,
  formatHand,
  releaseHand,
  setHand,
  type CellName,
  type GateName,
} from './hand';
import { WORD_PATTERN, lstmGatesMeta } from './meta';
import { buildGatesModel } from './model';

/** One gate of the selected unit at the shown step: its value, what the cell computed, held or not. */
export interface GateReading {
  readonly cell: CellName;
  readonly gate: GateName;
  readonly value: number;
  readonly computed: number;
  readonly held: boolean;
}

/**
 * The LSTMGates view model: the props, both cells run over the word with the reader's hand-set
 * gates, the selected unit's gates at the shown step, and the setters the sliders call.
 */
export function useLstmGatesView() {
  const [props, setProps] = useWidgetProps(lstmGatesMeta);
  const hintId = useId();
  const model = useMemo(() => buildGatesModel(props), [props]);
  const { t } = props;
  const u = props.unit - 1;
  const word = useDraft(
    props.word,
    (text) => WORD_PATTERN.test(text),
    (text) => setProps({ word: text, t: Math.min(t, text.length - 1) }),
  );
  const lstm = model.lstm[t]!;
  const gru = model.gru[t]!;

  const readings: GateReading[] = [
    ...CELL_GATES.lstm.map((gate) => ({
      cell: 'lstm' as const,
      gate,
      values: lstm.gates[gate as 'i'],
    })),
    ...CELL_GATES.gru.map((gate) => ({
      cell: 'gru' as const,
      gate,
      values: gru.gates[gate as 'z'],
    })),
  ].map(({ cell, gate, values }) => ({
    cell,
    gate,
    value: values.value[u]!,
    computed: values.computed[u]!,
    held: values.held[u] === 1,
  }));

  const setGate = (cell: CellName, gate: GateName, value: number) => {
    const next = setHand(model.hand, cell, gate, u, t, value);
    setProps({ hand: formatHand(next.slice(Math.max(0, next.length - MAX_HAND_ENTRIES))) });
  };
  const releaseGate = (cell: CellName, gate: GateName) =>
    setProps({ hand: formatHand(releaseHand(model.hand, cell, gate, u, t)) });

  return {
    props,
    setProps,
    hintId,
    model,
    word,
    t,
    u,
    lstm,
    gru,
    symbol: model.symbols[t]!,
    readings,
    setGate,
    releaseGate,
    releaseAll: () => setProps({ hand: '' }),
  };
}
