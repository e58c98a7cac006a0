import { describe, expect, it } from 'vitest';
import { liveTensorCount, selectBackend } from '../tf/backend';
import { EngineRefusedError } from './engineReasons';
import { Scheduler } from './scheduler';
import { TrainingSession } from './session';
import { referenceWeights, tinyConfig } from './testing/fixtures';
import type { EngineRequest, SessionConfig, SessionEvent } from './types';

// tfjs sessions on tfjs's CPU backend (Node has no WebGL; the browser's backends are covered by
// e2e/engineSessions.spec.ts). They run on this thread, on the real clock.
function open(config: SessionConfig, engine: EngineRequest) {
  const session = new TrainingSession(config, {
    engine,
    backend: 'thread',
    scheduler: new Scheduler(),
    timing: { progressIntervalMs: 0 },
  });
  const events: SessionEvent[] = [];
  session.on((e) => events.push(e));
  return { session, events };
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

/** A linear-head SRN fed samples in order; `spike` puts a target of 1e30 in sample 6. */
function regressionConfig(spike: boolean): SessionConfig {
  const sample = (a: number, target: number) => ({
    inputs: [Float64Array.of(a), Float64Array.of(-a)],
    targets: [Float64Array.of(target), Float64Array.of(a)],
  });
  const samples = [0.1, 0.5, -0.3, 0.8, -0.6, 0.2, 0.4].map((a, i) =>
    sample(a, spike && i === 5 ? 1e30 : a / 2),
  );
  return {
    ...tinyConfig,
    spec: { ...tinyConfig.spec, output: 'linear' },
    train: { optimiser: { kind: 'sgd', lr: 0.05 } },
    batchSize: 1,
    maxGradNorm: 1e6,
    data: { kind: 'samples', samples, order: 'cycle' },
  };
}

describe('training sessions on tfjs (CPU backend)', { timeout: 90_000 }, () => {
  it('reach the loss and weights of the typed-array engine after the same steps', async () => {
    const core = open(tinyConfig, 'core');
    const cpu = open(tinyConfig, 'cpu');
    await Promise.all([core.session.step(40), cpu.session.step(40)]);
    const a = core.session.progress!;
    const b = cpu.session.progress!;
    expect(b.step).toBe(40);
    expect(a.step).toBe(40);
    // float32 against float64, 40 Adam steps apart from the same start.
    expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-4);
    expect(Math.abs(a.lossSmoothed - b.lossSmoothed)).toBeLessThan(1e-4);
    expect(maxAbsDiff(cpu.session.getWeights(), referenceWeights(tinyConfig, 40))).toBeLessThan(
      1e-4,
    );
    // Symbols per second: steps/s × batch (2) × T (9).
    expect(b.symbolsPerSecond).toBeCloseTo(b.stepsPerSecond * 18, 6);
    expect(cpu.session.engine).toEqual({
      engine: 'cpu',
      requested: 'cpu',
      where: 'thread',
      reasons: [],
      cause: 'requested',
    });
    expect(core.session.engine).toMatchObject({ engine: 'core', reasons: [] });
    expect(cpu.events.find((e) => e.type === 'engine')).toMatchObject({ engine: 'cpu' });
    core.session.dispose();
    cpu.session.dispose();
  });

  it('falls back from WebGL with the reason when there is none', async () => {
    const { session } = open(tinyConfig, 'webgl');
    await session.step(3);
    expect(session.engine?.engine).toBe('cpu');
    // WebGL is missing in Node (and tfjs's WASM backend finds no binaries here).
    expect(session.engine?.reasons).toEqual([
      {
        code: 'backendsFailed',
        failures: expect.arrayContaining([{ backend: 'webgl', code: 'noWebgl' }]),
      },
    ]);
    expect(session.progress?.step).toBe(3);
    session.dispose();
  });

  it('stops on a diverging step and keeps the weights of the last checkpoint', async () => {
    const config = regressionConfig(true);
    const { session, events } = open(config, 'cpu');
    await session.step(5);
    const checkpoint = session.getWeights();
    expect(maxAbsDiff(checkpoint, referenceWeights(regressionConfig(false), 5))).toBeLessThan(1e-6);
    await session.step(10);
    const diverged = events.find((e) => e.type === 'diverged');
    expect(diverged).toMatchObject({ type: 'diverged', step: 6 });
    expect(diverged?.type === 'diverged' && diverged.message).toMatch(
      /^Training diverged at step 6: the (loss|gradient norm) (became|reached) .*The weights of step 5 \(the last checked\) are kept/,
    );
    expect(session.state).toBe('diverged');
    expect(session.progress?.step).toBe(5);
    expect(Array.from(session.getWeights())).toEqual(Array.from(checkpoint));
    expect(session.getWeights().every(Number.isFinite)).toBe(true);
    // New weights clear the divergence.
    await session.setWeights(checkpoint);
    expect(session.state).toBe('paused');
    session.dispose();
  });

  it('carries weights from one engine to another', async () => {
    const cpu = open(tinyConfig, 'cpu');
    await cpu.session.step(25);
    const weights = cpu.session.getWeights();
    cpu.session.dispose();
    const core = open(tinyConfig, 'core');
    await core.session.setWeights(weights);
    expect(Array.from(core.session.getWeights())).toEqual(Array.from(weights));
    // …and back: the tfjs engine holds them in float32.
    const back = open(tinyConfig, 'cpu');
    await back.session.setWeights(weights);
    expect(maxAbsDiff(back.session.getWeights(), weights)).toBeLessThan(1e-7);
    core.session.dispose();
    back.session.dispose();
  });

  it('leaks no tensors: training, reset, setWeights and dispose free what they made', async () => {
    await selectBackend('cpu');
    const before = liveTensorCount();
    const { session } = open(tinyConfig, 'cpu');
    await session.step(30);
    await session.reset();
    await session.step(5);
    await session.setWeights(session.getWeights());
    await session.step(5);
    session.dispose();
    await session.pause(); // the dispose is carried out in turn
    await new Promise((r) => setImmediate(r));
    expect(liveTensorCount()).toBe(before);
  });

  it('refuses TBPTT and RTRL on tfjs, saying they run on the typed-array engine only', () => {
    const tbptt: SessionConfig = {
      ...tinyConfig,
      batchSize: 1,
      algorithm: { kind: 'tbptt', k1: 3, k2: 3 },
    };
    const refusal = (config: SessionConfig, engine: 'webgl' | 'cpu') => {
      try {
        open(config, engine);
      } catch (e) {
        return e instanceof EngineRefusedError ? e.problem : e;
      }
      return null;
    };
    expect(refusal(tbptt, 'webgl')).toEqual({
      code: 'algorithmOnlyCore',
      algorithm: 'tbptt',
      engine: 'webgl',
    });
    expect(refusal({ ...tbptt, algorithm: { kind: 'rtrl' } }, 'cpu')).toEqual({
      code: 'algorithmOnlyCore',
      algorithm: 'rtrl',
      engine: 'cpu',
    });
  });

  it("'auto' trains RTRL on the typed-array engine and says why", async () => {
    const { session } = open({ ...tinyConfig, batchSize: 1, algorithm: { kind: 'rtrl' } }, 'auto');
    expect(session.engine).toMatchObject({ engine: 'core', requested: 'auto' });
    expect(session.engine?.reasons).toEqual([
      {
        code: 'autoOnlyCore',
        problem: { code: 'algorithmOnlyCore', algorithm: 'rtrl', engine: 'cpu' },
      },
    ]);
    await session.step(2);
    expect(session.progress?.step).toBe(2);
    session.dispose();
  });

  it('rejects the lost-context test hook on an engine that is not WebGL', async () => {
    const { session } = open(tinyConfig, 'cpu');
    await expect(session.debugLoseWebGLContext()).rejects.toThrow(/trains on CPU, not on WebGL/);
    session.dispose();
  });
});
