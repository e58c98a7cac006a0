import { useMemo, useState } from 'react';
import {
  encodeLoosely,
  OTHER_SYMBOL,
  type ReadStep,
  readSymbols,
  sampleSymbols,
} from '../../core/charModel';
import type { Model } from '../../core/model';
import { createRng } from '../../core/rng';

interface ModelView {
  readonly model: Model;
  readonly text: string;
  readonly symbols: readonly string[];
}

/** How many symbols of the text the heatmap reads when the reader has typed nothing. */
const DEFAULT_PROBE = 40;

/**
 * A sample from the current weights: the seed (unknown symbols skipped; the text's first symbol
 * when nothing is left), then `sampleLength` symbols at the temperature. The generator is seeded
 * by the "new sample" count, so the same weights and settings give the same sample.
 */
export function useSample(
  view: ModelView | null,
  weights: Float64Array | null,
  props: { seedText: string; temperature: number; sampleLength: number },
) {
  const [draw, setDraw] = useState(0);
  const { seedText, temperature, sampleLength } = props;
  const result = useMemo(() => {
    if (!view || !weights) return null;
    const { model, symbols, text } = view;
    const first = Array.from(text)[0]!;
    const seed = encodeLoosely(seedText, symbols, OTHER_SYMBOL);
    const indices = seed.indices.length > 0 ? seed.indices : [symbols.indexOf(first)];
    const out = sampleSymbols(
      model,
      weights,
      indices,
      sampleLength,
      temperature,
      createRng(draw + 1),
    );
    return {
      seedShown: indices.map((i) => symbols[i]).join(''),
      sample: out.map((i) => symbols[i]).join(''),
      unknown: seed.unknown,
      first,
    };
  }, [view, weights, seedText, temperature, sampleLength, draw]);
  return result && { ...result, next: () => setDraw((d) => d + 1) };
}

/**
 * The hidden states and predictions after each symbol of the probe text, and how many of its
 * symbols are not in the text's alphabet (skipped).
 */
export function useStateReading(
  view: ModelView | null,
  weights: Float64Array | null,
  probe: string,
): { symbols: string[]; steps: ReadStep[]; unknown: number } | null {
  return useMemo(() => {
    if (!view || !weights) return null;
    const { model, symbols, text } = view;
    const source = probe.length > 0 ? probe : Array.from(text).slice(0, DEFAULT_PROBE).join('');
    const { indices, unknown } = encodeLoosely(source, symbols, OTHER_SYMBOL);
    if (indices.length === 0) return { symbols: [], steps: [], unknown };
    return {
      symbols: indices.map((i) => symbols[i]!),
      steps: readSymbols(model, weights, indices).steps,
      unknown,
    };
  }, [view, weights, probe]);
}
