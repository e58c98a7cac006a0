import type { Model } from '../model/model';
import { forward } from '../model/run';
import { createRng } from '../rng';
import {
  embeddedReberAutomaton,
  legalNextAutomaton,
  REBER_SYMBOLS,
  reberSample,
  sampleAutomaton,
} from '../tasks';

/**
 * Judging a network on the continual embedded Reber stream (Gers, Schmidhuber & Cummins 2000):
 * embedded Reber strings back to back, read in one pass from a zero state, never reset.
 */

/** A test stream: `strings` embedded Reber strings drawn with `seed`, concatenated. */
export function continualReberStream(strings: number, seed: number): string[][] {
  const rng = createRng(seed);
  return Array.from({ length: strings }, () => sampleAutomaton(embeddedReberAutomaton, rng));
}

export interface StreamScore {
  /** Predictions made (one per symbol but the last). */
  readonly steps: number;
  /** Steps whose most probable next symbol is a legal one. */
  readonly legal: number;
  /** Outer T/P symbols (one per string, due 16 steps or more after its twin) predicted right. */
  readonly outerRight: number;
  readonly outerTotal: number;
  /** Every prediction legal: the network has learned the stream. */
  readonly solved: boolean;
  /** Mean |c_t| over the memory cells at each step (the first layer's cells). */
  readonly drift: Float64Array;
}

/** Reads the whole stream in one pass and scores every next-symbol prediction. */
export function scoreContinualStream(
  model: Model,
  params: Float64Array,
  strings: readonly string[][],
): StreamScore {
  const symbols = strings.flat();
  const sample = reberSample(symbols);
  const trace = forward(model, params, sample.inputs);
  const H = model.spec.hiddenSize;
  const caches = trace.layers[0]!.forward;
  const drift = new Float64Array(caches.length);
  caches.forEach((cache, t) => {
    let sum = 0;
    for (let j = 0; j < H; j++) sum += Math.abs(cache.state[H + j]!);
    drift[t] = sum / H;
  });
  let legal = 0;
  let outerRight = 0;
  let t = 0;
  for (const string of strings) {
    for (let k = 0; k < string.length; k++, t++) {
      if (t >= trace.logits.length) break;
      // After a string's E the stream goes on with the next string's B.
      const next =
        k === string.length - 1
          ? new Set(['B'])
          : legalNextAutomaton(embeddedReberAutomaton, string.slice(0, k + 1));
      const best = argmax(trace.logits[t]!);
      const ok = next.has(REBER_SYMBOLS[best]!);
      if (ok) legal++;
      if (k === string.length - 3 && ok) outerRight++;
    }
  }
  return {
    steps: trace.logits.length,
    legal,
    outerRight,
    outerTotal: strings.length,
    solved: legal === trace.logits.length,
    drift,
  };
}

function argmax(z: Float64Array): number {
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
  return best;
}
