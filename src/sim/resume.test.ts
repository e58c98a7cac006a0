import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, saveModel, type KeptTraining } from '../core/model';
import { forceWasmSupport } from '../wasm/detect';
import { useEngineFilesForTests } from '../wasm/testing/nodeSource';
import { Scheduler } from './scheduler';
import { TrainingSession } from './session';
import { hex, track } from './testing/bits';
import { harness, tinyConfig, type Backend } from './testing/fixtures';
import { drive } from './testing/manualTime';
import type { EngineRequest, ProgressInfo, SessionConfig } from './types';

// "Train N steps, save, restore, train M more" against N + M steps in one go: the resumed
// curve is the uninterrupted one — bit for bit on the float64 engine, to float32 on wasm.
beforeAll(() => useEngineFilesForTests());
afterEach(() => forceWasmSupport(null));

const N = 12;
const M = 10;

/** Steps a session one at a time, `n` times; the progress after each. */
type Stepper = (n: number) => Promise<ProgressInfo[]>;

interface Opened {
  readonly session: TrainingSession;
  readonly steps: Stepper;
}

function onHarness(backend: Backend) {
  return (config: SessionConfig): Opened => {
    const h = harness(backend, config);
    const steps: Stepper = async (n) => {
      const out: ProgressInfo[] = [];
      for (let i = 0; i < n; i++) {
        const run = track(h.session.step(1));
        await drive(h.time, () => run.done);
        out.push(h.session.progress!);
      }
      return out;
    };
    return { session: h.session, steps };
  };
}

function onEngine(engine: EngineRequest) {
  return (config: SessionConfig): Opened => {
    const session = new TrainingSession(config, {
      engine,
      backend: 'thread',
      scheduler: new Scheduler(),
      timing: { progressIntervalMs: 0 },
    });
    const steps: Stepper = async (n) => {
      const out: ProgressInfo[] = [];
      for (let i = 0; i < n; i++) {
        await session.step(1);
        out.push(session.progress!);
      }
      return out;
    };
    return { session, steps };
  };
}

/** Runs both ways; the resumed run goes through a model file (save, then loadModel). */
async function bothWays(open: (config: SessionConfig) => Opened, config: SessionConfig) {
  const straight = open(config);
  const uninterrupted = await straight.steps(N + M);

  const first = open(config);
  await first.steps(N);
  const kept = await first.session.readTrainingState();
  const file = saveModel(first.session.model, kept.weights, { step: N }, kept.training);
  first.session.dispose();

  const loaded = loadModel(file);
  const second = open(config);
  const restoredAt: ProgressInfo[] = [];
  second.session.on((e) => {
    if (e.type === 'progress') restoredAt.push(e);
  });
  await second.session.setWeights(loaded.params, loaded.training);
  const resumed = await second.steps(M);
  const result = {
    kept: kept.training,
    restoredAt: restoredAt[0]!,
    uninterrupted,
    resumed,
    straightWeights: straight.session.getWeights(),
    resumedWeights: second.session.getWeights(),
  };
  straight.session.dispose();
  second.session.dispose();
  return result;
}

const momentumConfig: SessionConfig = {
  ...tinyConfig,
  train: { optimiser: { kind: 'momentum', lr: 0.05, momentum: 0.9 }, clipNorm: 1 },
};
const rmspropConfig: SessionConfig = {
  ...tinyConfig,
  batchSize: 1,
  algorithm: { kind: 'tbptt', k1: 3, k2: 5 },
  train: { optimiser: { kind: 'rmsprop', lr: 0.01 } },
};

describe.each(['thread', 'worker'] as const)(
  'a run resumed from its file (core, %s)',
  (backend) => {
    for (const [name, config] of [
      ['Adam, BPTT', tinyConfig],
      ['momentum, clipped', momentumConfig],
      ['RMSProp, truncated BPTT', rmspropConfig],
    ] as const)
      it(`continues the uninterrupted loss curve bit for bit (${name})`, async () => {
        const r = await bothWays(onHarness(backend), config);
        expect(r.kept.optimiser).toMatchObject({
          kind: config.train.optimiser.kind,
          t: expect.any(Number),
        });
        expect(r.kept.run).toMatchObject({ steps: N });
        // The restore says where the run stands: the count and the loss average of step N.
        expect(r.restoredAt.step).toBe(N);
        expect(r.restoredAt.lossSmoothed).toBe(r.uninterrupted[N - 1]!.lossSmoothed);
        expect(r.restoredAt.loss).toBe(r.uninterrupted[N - 1]!.loss);
        const tail = r.uninterrupted.slice(N);
        expect(r.resumed.map((p) => p.step)).toEqual(tail.map((p) => p.step));
        expect(r.resumed.map((p) => p.loss)).toEqual(tail.map((p) => p.loss));
        expect(r.resumed.map((p) => p.lossSmoothed)).toEqual(tail.map((p) => p.lossSmoothed));
        expect(hex(r.resumedWeights)).toBe(hex(r.straightWeights));
      });
  },
);

describe('a run resumed from its file (wasm engine)', { timeout: 60_000 }, () => {
  it('continues the uninterrupted loss curve to float32 precision', async () => {
    const r = await bothWays(onEngine('simd'), tinyConfig);
    expect(r.kept.optimiser).toMatchObject({ kind: 'adam', t: N });
    expect(r.restoredAt.step).toBe(N);
    const tail = r.uninterrupted.slice(N);
    r.resumed.forEach((p, i) => {
      expect(p.step).toBe(tail[i]!.step);
      expect(Math.abs(p.loss - tail[i]!.loss)).toBeLessThan(1e-5);
    });
    let most = 0;
    r.resumedWeights.forEach(
      (w, k) => (most = Math.max(most, Math.abs(w - r.straightWeights[k]!))),
    );
    expect(most).toBeLessThan(1e-5);
  });
});

describe('a restore without the training state', () => {
  it('starts a fresh optimiser, so the curve leaves the uninterrupted one', async () => {
    const open = onHarness('thread');
    const straight = open(tinyConfig);
    const uninterrupted = await straight.steps(N + M);
    const first = open(tinyConfig);
    await first.steps(N);
    const { weights, training } = await first.session.readTrainingState();
    const second = open(tinyConfig);
    const weightsOnly: KeptTraining = { optimiser: null, run: training.run };
    await second.session.setWeights(weights, weightsOnly);
    const resumed = await second.steps(M);
    // Same data from the same place, but Adam's moments and bias correction start again.
    expect(resumed[0]!.step).toBe(N + 1);
    expect(resumed[0]!.loss).toBe(uninterrupted[N]!.loss);
    expect(resumed.at(-1)!.loss).not.toBe(uninterrupted.at(-1)!.loss);
    for (const s of [straight, first, second]) s.session.dispose();
  });

  it('the EKF gives no optimiser state (its covariance is not kept), only the run', async () => {
    const ekf = onHarness('thread')({ ...tinyConfig, batchSize: 1, algorithm: { kind: 'ekf' } });
    await ekf.steps(2);
    const { training } = await ekf.session.readTrainingState();
    expect(training.optimiser).toBeNull();
    expect(training.run).toMatchObject({ steps: 2 });
    ekf.session.dispose();
  });
});
