import { useContext, useMemo, useState, type RefObject } from 'react';
import { natsToBits, type TextScoreInput } from '../../core/charModel';
import type { Model } from '../../core/model';
import { useJob } from '../../ui/useJob';
import { WidgetContext } from '../host/context';

interface ModelView {
  readonly model: Model;
  readonly text: string;
  readonly symbols: readonly string[];
}

const CONCURRENT = { concurrent: true } as const;

/** What useJob is handed while there is nothing to score (it is never started). */
const NOTHING: TextScoreInput = {
  spec: {
    cell: { kind: 'srn', activation: 'tanh' },
    inputSize: 1,
    hiddenSize: 1,
    outputSize: 1,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  },
  params: new Float64Array(0),
  indices: [],
};

/**
 * "These weights on the whole text": the model's mean cross-entropy over every character of the
 * training text (up to MAX_TEXT = 20,000), scored by a background job when training pauses.
 * Null while training runs or while the job works.
 */
export function useTextScore(
  view: ModelView | null,
  weights: Float64Array | null,
  running: boolean,
  element: RefObject<Element | null>,
): { bits: number; predictions: number } | null {
  const { store } = useContext(WidgetContext)!;
  const [settled, setSettled] = useState(weights);
  if (!running && settled !== weights) setSettled(weights);
  const indices = useMemo(() => {
    if (!view) return null;
    const index = new Map(view.symbols.map((sym, i) => [sym, i] as const));
    return Array.from(view.text, (sym) => index.get(sym)!);
  }, [view]);
  const input = useMemo<TextScoreInput | null>(
    () =>
      view && indices && settled && settled.length === view.model.layout.size
        ? { spec: view.model.spec, params: settled, indices }
        : null,
    [view, indices, settled],
  );
  const job = useJob('charTextScore', input ?? NOTHING, {
    auto: input !== null,
    element,
    status: store,
    // A view of the weights, not a run the reader starts: it neither pauses training (or the
    // figure's other view) nor is paused by it.
    job: CONCURRENT,
  });
  const result = input !== null && job.last?.input === input ? job.last.result : null;
  return running || !result
    ? null
    : { bits: natsToBits(result.nats), predictions: result.predictions };
}
