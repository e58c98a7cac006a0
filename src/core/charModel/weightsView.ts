import { createModel } from '../model/model';
import type { ModelSpec } from '../model/spec';
import { createRng } from '../rng';
import { encodeLoosely, readSymbols, sampleSymbols, type ReadStep } from './run';
import { OTHER_SYMBOL } from './vocabularyCap';

/**
 * What the CharRNN figure shows of one set of weights, computed together as one background job
 * (in the worker: redone twice a second while training, it was the figure's longest main-thread
 * work): a sample continuing a seed, and the hidden states and predictions after each symbol of a
 * probe text.
 */
export interface WeightsViewInput {
  readonly spec: ModelSpec;
  readonly params: Float64Array;
  /** The model's alphabet: index i is symbols[i]. */
  readonly symbols: readonly string[];
  /** The reader's seed text (unknown symbols skipped; the text's first symbol when none is left). */
  readonly seedText: string;
  /** The training text's first symbol. */
  readonly first: string;
  readonly sampleLength: number;
  readonly temperature: number;
  /** The "new sample" count: it seeds the generator, so the same input gives the same sample. */
  readonly draw: number;
  /** The text whose hidden states are read. */
  readonly probe: string;
}

export interface WeightsView {
  readonly sample: {
    /** The seed as read (known symbols only). */
    readonly seedShown: string;
    readonly sample: string;
    /** Symbols of the seed text not in the alphabet. */
    readonly unknown: number;
  };
  readonly reading: {
    /** The probe's symbols as read. */
    readonly symbols: string[];
    readonly steps: ReadStep[];
    /** Symbols of the probe not in the alphabet (skipped). */
    readonly unknown: number;
  };
}

export function weightsViewJob(input: WeightsViewInput): WeightsView {
  const { spec, params, symbols } = input;
  const model = createModel(spec);
  const seed = encodeLoosely(input.seedText, symbols, OTHER_SYMBOL);
  const indices = seed.indices.length > 0 ? seed.indices : [symbols.indexOf(input.first)];
  const sampled = sampleSymbols(
    model,
    params,
    indices,
    input.sampleLength,
    input.temperature,
    createRng(input.draw + 1),
  );
  const probe = encodeLoosely(input.probe, symbols, OTHER_SYMBOL);
  return {
    sample: {
      seedShown: indices.map((i) => symbols[i]).join(''),
      sample: sampled.map((i) => symbols[i]).join(''),
      unknown: seed.unknown,
    },
    reading: {
      symbols: probe.indices.map((i) => symbols[i]!),
      steps: probe.indices.length > 0 ? readSymbols(model, params, probe.indices).steps : [],
      unknown: probe.unknown,
    },
  };
}
