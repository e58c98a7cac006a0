import { useContext, useState, type RefObject } from 'react';
import type { Model, ModelSpec } from '../../core/model';
import type { JobInput, JobKind } from '../../sim/jobs';
import { useJob } from '../../ui/useJob';
import { WidgetContext } from '../host/context';

/** The model a view of the weights reads, with the text and symbols it was built for. */
export interface ModelView {
  readonly model: Model;
  readonly text: string;
  readonly symbols: readonly string[];
}

/** A spec for the input useJob is handed while there is nothing to compute (never started). */
export const PLACEHOLDER_SPEC: ModelSpec = {
  cell: { kind: 'srn', activation: 'tanh' },
  inputSize: 1,
  hiddenSize: 1,
  outputSize: 1,
  layers: 1,
  bidirectional: false,
  output: 'softmax',
};

const CONCURRENT = { concurrent: true } as const;

/**
 * The weights a view computes on: the latest ones while training is paused, the last paused
 * ones while it runs — so a view's job does not restart at every progress report.
 */
export function useSettledWeights(
  weights: Float64Array | null,
  running: boolean,
): Float64Array | null {
  const [settled, setSettled] = useState(weights);
  if (!running && settled !== weights) setSettled(weights);
  return settled;
}

/**
 * A background job that computes a view of the weights (a score, a Jacobian): started when its
 * input exists, off screen it waits. It neither pauses training (or the figure's other views)
 * nor is paused by it: it is not a run the reader starts.
 */
export function useWeightsViewJob<K extends JobKind>(
  kind: K,
  input: JobInput<K> | null,
  placeholder: JobInput<K>,
  element: RefObject<Element | null>,
) {
  const { store } = useContext(WidgetContext)!;
  return useJob(kind, input ?? placeholder, {
    auto: input !== null,
    element,
    status: store,
    job: CONCURRENT,
  });
}
