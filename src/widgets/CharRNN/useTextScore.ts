import { useMemo, type RefObject } from 'react';
import { natsToBits, type TextScoreInput } from '../../core/charModel';
import {
  PLACEHOLDER_SPEC,
  useSettledWeights,
  useWeightsViewJob,
  type ModelView,
} from './weightsViewJob';

/** What useJob is handed while there is nothing to score (it is never started). */
const NOTHING: TextScoreInput = {
  spec: PLACEHOLDER_SPEC,
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
  const settled = useSettledWeights(weights, running);
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
  const job = useWeightsViewJob('charTextScore', input, NOTHING, element);
  const result = input !== null && job.last?.input === input ? job.last.result : null;
  return running || !result
    ? null
    : { bits: natsToBits(result.nats), predictions: result.predictions };
}
