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
 * The score line's state: the loss of the weights on screen, or why there is none yet (training
 * runs; the job is scoring). The line keeps its place in both: a line that vanished at every
 * step moved the controls below it under the reader's pointer.
 */
export type TextScore =
  | { readonly state: 'scored'; readonly bits: number; readonly predictions: number }
  | { readonly state: 'running' | 'scoring' };

/**
 * "These weights on the whole text": the model's mean cross-entropy over every character of the
 * training text (up to MAX_TEXT = 20,000), scored by a background job when training pauses.
 * Null while there is no model to score.
 */
export function useTextScore(
  view: ModelView | null,
  weights: Float64Array | null,
  running: boolean,
  element: RefObject<Element | null>,
): TextScore | null {
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
  if (running) return { state: 'running' };
  if (result)
    return { state: 'scored', bits: natsToBits(result.nats), predictions: result.predictions };
  return input === null ? null : { state: 'scoring' };
}
