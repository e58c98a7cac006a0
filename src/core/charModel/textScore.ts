import { createModel } from '../model/model';
import { forward, type StartPoint } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { oneHot } from '../vocabulary';

/** What scoring a whole text needs: the model by spec and weights, and the text's indices. */
export interface TextScoreInput {
  readonly spec: ModelSpec;
  readonly params: Float64Array;
  readonly indices: readonly number[];
}

/** Predictions scored so far, of all (a text of n symbols has n − 1 predictions). */
export interface TextScoreProgress {
  readonly scored: number;
  readonly total: number;
}

/** The mean next-symbol cross-entropy over every prediction of the text. */
export interface TextScore {
  readonly nats: number;
  readonly predictions: number;
}

/** Symbols read per pause point: a few milliseconds of work for the figure's models. */
const CHUNK = 200;

/**
 * The mean cross-entropy (nats) of a character model over a whole text, read in one pass from
 * zero states — the same number as `textLoss` — in chunks that carry the state over, with a
 * pause point after each (a background job over a 20,000-character text).
 */
export function* textScoreJob(
  input: TextScoreInput,
): Generator<() => TextScoreProgress, TextScore, void> {
  const model = createModel(input.spec);
  const { params, indices } = input;
  const V = model.spec.inputSize;
  const total = indices.length - 1;
  if (total < 1) throw new Error('scoring a text needs at least two symbols');
  let point: StartPoint | undefined;
  let nats = 0;
  for (let from = 0; from < total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK);
    const inputs = Array.from({ length: to - from }, (_, k) => oneHot(indices[from + k]!, V));
    const trace = forward(model, params, inputs, point);
    trace.logits.forEach((z, k) => {
      // −log softmax(z)[target], computed stably.
      let max = -Infinity;
      for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]!);
      let sum = 0;
      for (let i = 0; i < z.length; i++) sum += Math.exp(z[i]! - max);
      nats += Math.log(sum) + max - z[indices[from + k + 1]!]!;
    });
    point = { states: trace.layers.map((l) => l.forward[to - from - 1]!.state), time: to };
    const scored = to;
    yield () => ({ scored, total });
  }
  return { nats: nats / total, predictions: total };
}
