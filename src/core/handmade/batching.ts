/**
 * Feeding the hand-written SRN real text: sequences of different lengths in one batch (padding
 * and a mask), long text in windows with the state carried across (stateful truncated BPTT),
 * sequential or random partitioning, and the held-out score in bits per character.
 */
import type { Rng } from '../rng';
import { forward, type CharRnn } from './minCharRnn';

// #region pad-and-mask
/** A batch of sequences padded to the longest; mask[b][t] is 1 for a real step, 0 for padding. */
export interface Batch {
  readonly inputs: readonly (readonly number[])[];
  readonly targets: readonly (readonly number[])[];
  readonly mask: readonly (readonly number[])[];
}

/** Each sequence of characters becomes inputs (all but the last) and targets (all but the first). */
export function padAndMask(sequences: readonly (readonly number[])[], pad = 0): Batch {
  const T = Math.max(...sequences.map((s) => s.length - 1));
  const fill = (row: readonly number[]) => [...row, ...Array<number>(T - row.length).fill(pad)];
  return {
    inputs: sequences.map((s) => fill(s.slice(0, -1))),
    targets: sequences.map((s) => fill(s.slice(1))),
    mask: sequences.map((s) => fill(Array<number>(s.length - 1).fill(1))),
  };
}
// #endregion

// #region masked-loss
/**
 * The mean loss per real character: padded steps still run (the batch keeps one shape) but
 * count for nothing. An RNN reads left to right, so padding at the end never changes the
 * steps before it.
 */
export function maskedLoss(m: CharRnn, batch: Batch): number {
  let total = 0;
  let count = 0;
  batch.inputs.forEach((inputs, b) => {
    const pass = forward(m, inputs, batch.targets[b]!, new Float64Array(m.hiddenSize));
    pass.steps.forEach((step, t) => {
      total += batch.mask[b]![t]! * step.loss;
      count += batch.mask[b]![t]!;
    });
  });
  return total / count;
}
// #endregion

/** One window of T steps from a text: where it starts, its inputs and its targets. */
export interface Window {
  readonly start: number;
  readonly inputs: readonly number[];
  readonly targets: readonly number[];
}

function windowAt(data: readonly number[], start: number, T: number): Window {
  return {
    start,
    inputs: data.slice(start, start + T),
    targets: data.slice(start + 1, start + T + 1),
  };
}

// #region stateful-windows
/**
 * A long text as consecutive windows of T steps (the last may be shorter). Carry the state
 * from one window into the next and the forward pass is exactly the pass over the whole text;
 * only the backward pass is cut at the window's start (truncated BPTT).
 */
export function statefulWindows(data: readonly number[], T: number): Window[] {
  const windows: Window[] = [];
  for (let start = 0; start < data.length - 1; start += T) {
    windows.push(windowAt(data, start, Math.min(T, data.length - 1 - start)));
  }
  return windows;
}
// #endregion

// #region partition
/**
 * Sequential partitioning: the text cut into B lanes, one per batch row; step k of training
 * takes window k of every lane, so each row's state can carry on from its previous window.
 */
export function sequentialPartition(data: readonly number[], B: number, T: number): Window[][] {
  const lane = Math.floor((data.length - 1) / B);
  const lanes = Array.from({ length: B }, (_, b) => data.slice(b * lane, (b + 1) * lane + 1));
  const steps = Math.floor(lane / T);
  return Array.from({ length: steps }, (_, k) =>
    lanes.map((text, b) => {
      const w = windowAt(text, k * T, T);
      return { ...w, start: b * lane + w.start };
    }),
  );
}

/**
 * Random partitioning: the whole windows of T steps in a random order (Fisher–Yates with a
 * seeded generator). Neighbouring windows are unrelated, so each starts from a zero state.
 */
export function randomPartition(data: readonly number[], T: number, rng: Rng): Window[] {
  const windows = Array.from({ length: Math.floor((data.length - 1) / T) }, (_, k) =>
    windowAt(data, k * T, T),
  );
  for (let i = windows.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [windows[i], windows[j]] = [windows[j]!, windows[i]!];
  }
  return windows;
}
// #endregion

// #region bits-per-char
/**
 * The held-out score: the mean cross-entropy per character in bits (nats / ln 2), read over a
 * text the model never trained on, window by window with the state carried. Perplexity is
 * 2^bits: the number of equally likely characters that would leave the model as unsure.
 */
export function bitsPerChar(m: CharRnn, heldOut: readonly number[], T = 100) {
  let nats = 0;
  let count = 0;
  let s: Float64Array = new Float64Array(m.hiddenSize);
  for (const w of statefulWindows(heldOut, T)) {
    const pass = forward(m, w.inputs, w.targets, s);
    nats += pass.loss;
    count += w.inputs.length;
    s = pass.last;
  }
  const bits = nats / count / Math.LN2;
  return { bits, perplexity: 2 ** bits };
}
// #endregion
