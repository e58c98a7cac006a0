import { describe, expect, it } from 'vitest';
import { charModelSpec } from '../core/charModel';
import { batchLoss } from './goodWeights';
import { createDataStream } from './data';
import { resolveConfig } from './config';
import { TypedArraySessionCore } from './typedArraySessionCore';
import type { SessionConfig } from './types';

const TEXT =
  'the cat sat on the mat. the dog sat on the log. a cat and a dog met on a mat. '.repeat(8);
const symbols = Array.from(new Set(TEXT)).length;

const config = (lr: number, clipNorm?: number): SessionConfig => ({
  spec: charModelSpec('srn', 8, 1, symbols),
  seed: 1,
  train: { optimiser: { kind: 'sgd', lr }, ...(clipNorm ? { clipNorm } : {}) },
  data: { kind: 'task', name: 'charCorpus', params: { text: TEXT, seqLength: 12 } },
  batchSize: 4,
  // A step whose gradient norm passes 10 counts as diverged: plain SGD at rate 30 wrecks the
  // weights for a few finite steps first (loss 0.8 → 60+ nats), as the reader's slider at its
  // maximum did in issue 11.
  maxGradNorm: 10,
});

/** The loss of `weights` on a fixed set of batches (independent of any session's data stream). */
function heldOutLoss(weights: Float64Array): number {
  const resolved = resolveConfig({ ...config(0.01), dataSeed: 99 });
  const batch = createDataStream(resolved).next(32);
  return batchLoss(resolved.model, weights, batch);
}

/** Trains at a sane rate, then carries the weights into a session at a ruinous rate (the reader's slider at its maximum). */
function trainThenRuin(clipNorm?: number) {
  const sane = new TypedArraySessionCore({
    ...config(0.01),
    train: { optimiser: { kind: 'adam', lr: 0.01 } },
  });
  for (let i = 0; i < 100; i++) expect(sane.step().diverged).toBeNull();
  const good = sane.getWeights();
  const ruinous = new TypedArraySessionCore(config(30, clipNorm));
  ruinous.setWeights(good);
  let steps = 0;
  while (ruinous.step().diverged === null && steps < 200) steps++;
  return { good, ruinous, steps };
}

describe('the divergence guard (GoodWeights)', () => {
  it('after a ruinous learning rate, keeps weights no worse than before the bad steps', () => {
    const { good, ruinous, steps } = trainThenRuin();
    const divergence = ruinous.lastDivergence;
    expect(divergence).not.toBeNull();
    // The ruinous steps ran (finite, but wrecking the weights) before one overflowed.
    expect(steps).toBeGreaterThan(0);
    const kept = ruinous.getWeights();
    expect(heldOutLoss(kept)).toBeLessThanOrEqual(heldOutLoss(good) + 1e-12);
    expect(divergence!.kept).toBe('anchor');
    expect(divergence!.keptStep).toBe(0);
    expect(ruinous.stepCount).toBe(0);
    // Said once, and the advice fits the settings (clipping is off here).
    expect(divergence!.message.match(/kept|restored/g)).toHaveLength(1);
    expect(divergence!.message).toMatch(/clip the gradient/);
  });

  it('does not advise clipping when clipping is on', () => {
    const { good, ruinous } = trainThenRuin(1);
    const divergence = ruinous.lastDivergence;
    expect(divergence?.clipping).toBe(true);
    expect(divergence!.message).toMatch(/lower the learning rate, or reset\.$/);
    expect(divergence!.message).not.toMatch(/clip/);
    expect(heldOutLoss(ruinous.getWeights())).toBeLessThanOrEqual(heldOutLoss(good) + 1e-12);
  });
});
