import { describe, expect, it } from 'vitest';
import { forward, type Model, sequenceLoss } from '../core/model';
import { createRng } from '../core/rng';
import { createTask } from '../core/tasks';
import { Scheduler } from './scheduler';
import { TrainingSession } from './session';
import { createFakeWorker } from './testing/fakeWorker';
import type { SessionConfig } from './types';

/**
 * Real training on real time: the default clock (performance.now) and yielder (MessageChannel),
 * as in a page. The embedded Reber grammar, an SRN of 8 units, Adam.
 */
const config: SessionConfig = {
  spec: {
    cell: { kind: 'srn', activation: 'tanh' },
    inputSize: 7,
    hiddenSize: 8,
    outputSize: 7,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  },
  seed: 1,
  train: { optimiser: { kind: 'adam', lr: 0.02 }, clipNorm: 5 },
  data: { kind: 'task', name: 'embeddedReber' },
  batchSize: 4,
};

/** Mean cross-entropy per symbol on 100 strings the session never sees. */
function heldOutLoss(model: Model, weights: Float64Array): number {
  const task = createTask('embeddedReber');
  const rng = createRng(12345);
  let loss = 0;
  let count = 0;
  for (let i = 0; i < 100; i++) {
    const s = task.sample(rng);
    const r = sequenceLoss(model, forward(model, weights, s.inputs), s.targets);
    loss += r.loss;
    count += r.count;
  }
  return loss / count;
}

describe.each(['thread', 'worker'] as const)('training for real (%s)', (backend) => {
  it('reduces the loss on the embedded Reber task within 300 steps', async () => {
    const worker = backend === 'worker' ? createFakeWorker() : null;
    const session = new TrainingSession(config, {
      backend,
      scheduler: new Scheduler(),
      ...(worker ? { createWorker: () => worker } : {}),
    });
    const before = heldOutLoss(session.model, session.getWeights());
    expect(before).toBeGreaterThan(1.5); // about ln 7 untrained
    await session.step(300);
    expect(session.progress?.step).toBe(300);
    const after = heldOutLoss(session.model, session.getWeights());
    expect(after).toBeLessThan(0.6 * before);
    expect(session.progress!.lossSmoothed).toBeLessThan(0.6 * before);
    session.dispose();
  });

  it('yields to the event loop while it trains', async () => {
    const worker = backend === 'worker' ? createFakeWorker() : null;
    const session = new TrainingSession(config, {
      backend,
      scheduler: new Scheduler(),
      ...(worker ? { createWorker: () => worker } : {}),
    });
    const training = session.step(300).then(() => 'training');
    const timer = new Promise((resolve) => setTimeout(() => resolve('timer'), 0));
    expect(await Promise.race([training, timer])).toBe('timer');
    expect(session.state).toBe('running');
    await training;
    session.dispose();
  });
});
