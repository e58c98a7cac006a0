import { useMemo, useState, type RefObject } from 'react';
import { encodeLoosely, OTHER_SYMBOL } from '../../core/charModel';
import type { ConnectivityInput } from '../../core/diagnostics';
import {
  PLACEHOLDER_SPEC,
  useSettledWeights,
  useWeightsViewJob,
  type ModelView,
} from './weightsViewJob';

/** How many characters of the training text the panel reads when the reader has typed nothing. */
export const DEFAULT_CONNECTIVITY_TEXT = 60;

/** What useJob is handed while there is no model yet (it is never started). */
const NOTHING: ConnectivityInput = {
  spec: PLACEHOLDER_SPEC,
  params: new Float64Array(0),
  indices: [],
  t: 0,
};

/**
 * The connectivity panel's view model: the text read (the probe, else the training text's first
 * characters), the chosen output step t, and C(t, ·) computed by a background job on the
 * current weights — held at the last settled weights while training runs, so the job does
 * not restart twice a second.
 */
export function useConnectivity(
  view: ModelView | null,
  weights: Float64Array | null,
  probe: string,
  running: boolean,
  element: RefObject<Element | null>,
) {
  const settled = useSettledWeights(weights, running);

  const read = useMemo(() => {
    if (!view) return null;
    const source =
      probe.length > 0 ? probe : Array.from(view.text).slice(0, DEFAULT_CONNECTIVITY_TEXT).join('');
    const { indices } = encodeLoosely(source, view.symbols, OTHER_SYMBOL);
    return { indices, symbols: indices.map((i) => view.symbols[i]!) };
  }, [view, probe]);

  const [chosen, setChosen] = useState(Number.MAX_SAFE_INTEGER);
  const last = Math.max(0, (read?.indices.length ?? 0) - 1);
  const t = Math.min(chosen, last);

  const weightsFit = settled && view && settled.length === view.model.layout.size;
  const input = useMemo<ConnectivityInput | null>(
    () =>
      view && weightsFit && read && read.indices.length > 0
        ? { spec: view.model.spec, params: settled, indices: read.indices, t }
        : null,
    [view, weightsFit, settled, read, t],
  );
  const job = useWeightsViewJob('charConnectivity', input, NOTHING, element);
  // Only a result for exactly this text, these weights and this t is shown.
  const finished = input !== null && job.last?.input === input ? job.last : null;
  return {
    symbols: read?.symbols ?? [],
    t,
    setT: (next: number) => setChosen(Math.max(0, Math.min(last, next))),
    norms: finished?.result?.norms ?? null,
    progress: job.state === 'running' ? job.progress : null,
    held: job.state === 'held',
    error: finished?.error ?? null,
    training: running,
  };
}
