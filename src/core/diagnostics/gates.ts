import type { Trace } from '../model/run';

/**
 * The gates of an LSTM (i, f, g, o and the cell c) or a GRU (z, r, c) at every step of one
 * layer's forward direction, as plain arrays: result[name][t][unit]. Empty for ungated cells.
 */
export function gateActivations(trace: Trace, layer = 0): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  for (const cache of trace.layers[layer]!.forward) {
    for (const [name, values] of Object.entries(cache.gates ?? {}))
      (out[name] ??= []).push(Array.from(values));
  }
  return out;
}
