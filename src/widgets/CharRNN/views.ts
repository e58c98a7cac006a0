import { useMemo, useState, type RefObject } from 'react';
import type { WeightsView, WeightsViewInput } from '../../core/charModel';
import { PLACEHOLDER_SPEC, useWeightsViewJob, type ModelView } from './weightsViewJob';

/** How many symbols of the text the heatmap reads when the reader has typed nothing. */
const DEFAULT_PROBE = 40;

/** What useJob is handed while there is no model yet (it is never started). */
const NOTHING: WeightsViewInput = {
  spec: PLACEHOLDER_SPEC,
  params: new Float64Array(0),
  symbols: [],
  seedText: '',
  first: '',
  sampleLength: 0,
  temperature: 1,
  draw: 0,
  probe: '',
};

/**
 * The sample and the hidden-state reading of the current weights, computed by one background
 * job (src/core/charModel/weightsView.ts) — off the page's thread: redone twice a second while
 * training, on the page it was the figure's longest task. While the next one is computed the
 * last result for the same model stays on screen; while training runs, new weights wait until
 * the job on the last ones is done (so a slow machine still sees samples change, rather than
 * every job cancelled by the next).
 *
 * The sample continues the seed (unknown symbols skipped; the text's first symbol when nothing
 * is left) with `sampleLength` symbols at the temperature; its generator is seeded by the "new
 * sample" count, so the same weights and settings give the same sample. The reading is the
 * hidden states and predictions after each symbol of the probe (the text's first words when the
 * reader typed none).
 */
export function useWeightsView(
  view: ModelView | null,
  weights: Float64Array | null,
  props: { seedText: string; temperature: number; sampleLength: number; probe: string },
  running: boolean,
  element: RefObject<Element | null>,
) {
  const [draw, setDraw] = useState(0);
  const [shown, setShown] = useState(weights);
  const { seedText, temperature, sampleLength, probe } = props;
  const source = useMemo(() => {
    if (!view) return null;
    const head = Array.from(view.text.slice(0, 4 * DEFAULT_PROBE)).slice(0, DEFAULT_PROBE);
    return { first: head[0]!, probe: head.join('') };
  }, [view]);
  const input = useMemo<WeightsViewInput | null>(
    () =>
      view && source && shown && shown.length === view.model.layout.size
        ? {
            spec: view.model.spec,
            params: shown,
            symbols: view.symbols,
            seedText,
            first: source.first,
            sampleLength,
            temperature,
            draw,
            probe: probe.length > 0 ? probe : source.probe,
          }
        : null,
    [view, source, shown, seedText, sampleLength, temperature, draw, probe],
  );
  const job = useWeightsViewJob('charWeightsView', input, NOTHING, element);
  const done = job.last !== null && job.last.input === input;
  if (shown !== weights && (!running || done || input === null)) setShown(weights);

  // The last result computed for this model (its symbols), until the next one arrives.
  const result: WeightsView | null =
    (job.last?.input.symbols === view?.symbols ? job.last?.result : null) ?? null;
  return {
    sample: result &&
      source && { ...result.sample, first: source.first, next: () => setDraw((d) => d + 1) },
    reading: result?.reading ?? null,
  };
}
