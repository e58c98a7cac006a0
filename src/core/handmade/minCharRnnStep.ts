/**
 * One iteration of Karpathy's min-char-rnn loop (2015) on the chapter's hand-written network
 * (minCharRnn.ts): its own clipping and Adagrad, as the gist writes them. MinCharRNN runs it
 * beside the engine; the chapter shows the network, not this loop.
 */
import {
  adagradStep,
  backward,
  forward,
  paramArrays,
  type CharRnn,
  type Grads,
} from './minCharRnn';

/** min-char-rnn's clipping: every entry of every gradient into [−limit, limit], in place. */
export function clipEntries(g: Grads, limit: number): void {
  for (const [, a] of paramArrays(g)) {
    for (let k = 0; k < a.length; k++) a[k] = Math.min(limit, Math.max(-limit, a[k]!));
  }
}

/**
 * One iteration of min-char-rnn's loop: forward from hprev, BPTT, entries clipped to ±5,
 * Adagrad at 0.1 (its `mem` arrays are `memory`). Returns the window's summed loss and s_{T−1}.
 */
export function minCharRnnStep(
  model: CharRnn,
  memory: Grads,
  inputs: readonly number[],
  targets: readonly number[],
  hprev: Float64Array,
  learningRate = 0.1,
  clip = 5,
): { loss: number; last: Float64Array } {
  const pass = forward(model, inputs, targets, hprev);
  const g = backward(model, pass, targets);
  clipEntries(g, clip);
  adagradStep(model, g, memory, learningRate);
  return { loss: pass.loss, last: pass.last };
}
