import { beforeAll, describe, expect, it } from 'vitest';
import { createTrainer, type Trainer } from '../core/train';
import { engineModule } from '../wasm';
import { useEngineFilesForTests } from '../wasm/testing/nodeSource';
import { AutoSwitch } from './autoSwitch';
import { resolveConfig } from './config';
import type { AutoCandidate, TrainerFactory } from './engineTimings';
import { Scheduler } from './scheduler';
import { TrainingSession } from './session';
import { referenceWeights, tinyConfig } from './testing/fixtures';
import { ManualTime } from './testing/manualTime';
import { TypedArrayRunner } from './typedArrayRunner';
import { TypedArraySessionCore } from './typedArraySessionCore';
import { wasmTrainers } from './wasmSessionCore';
import type { EngineKind, SessionConfig, SessionEvent } from './types';
import type { EngineReason } from './engineReasons';

beforeAll(() => useEngineFilesForTests());

/** A trainer whose every step costs `cost` simulated ms and is counted in `log`. */
function costly(time: ManualTime, make: TrainerFactory, cost: number, log: number[]) {
  return ((model, options) => {
    const inner: Trainer = make(model, options);
    const spend = () => {
      time.advance(cost);
      log.push(time.time);
    };
    return {
      ...inner,
      bpttStep: (p, b) => (spend(), inner.bpttStep(p, b)),
      tbpttSequence: (p, s, o) => (spend(), inner.tbpttSequence(p, s, o)),
    };
  }) satisfies TrainerFactory;
}

/** A fake engine: the core's arithmetic at `cost` ms a step; its session steps go to `steps`. */
function fake(time: ManualTime, engine: EngineKind, cost: number, make = createTrainer) {
  const steps: number[] = [];
  const candidate: AutoCandidate = {
    engine,
    trainers: () => costly(time, make, cost, steps),
  };
  return { candidate, steps };
}

/**
 * A session core on `guess` under AutoSwitch, run for `budget` steps in simulated time; the
 * measurement harness's steps land in the candidates' logs too, the session's in `sessionAt`.
 */
function run(
  time: ManualTime,
  config: SessionConfig,
  guess: AutoCandidate,
  other: AutoCandidate,
  budget: number,
) {
  const resolved = resolveConfig(config);
  const core = new TypedArraySessionCore(resolved, guess.trainers());
  const sessionAt: number[] = [];
  const step = core.step.bind(core);
  core.step = () => (sessionAt.push(time.time), step());
  const announced: { engine: EngineKind; reason: EngineReason; step: number }[] = [];
  const auto = new AutoSwitch(resolved, core, guess, [guess, other], {
    clock: time,
    yielder: time.yielder,
    announce: (c, reason) => announced.push({ engine: c.engine, reason, step: core.stepCount }),
    candidateMs: 60,
  });
  const runner = new TypedArrayRunner(core, (e) => auto.observe(e), {
    clock: time,
    yielder: time.yielder,
  });
  runner.handle({ type: 'run', id: 1, budget, hold: false });
  while (time.runNext());
  return { core, auto, announced, sessionAt };
}

/** A session guessed onto a fake 'simd' with a fake 'core' to measure against. */
function pair(guessCost: number, otherCost: number) {
  const time = new ManualTime();
  const guess = fake(time, 'simd', guessCost);
  const other = fake(time, 'core', otherCost);
  return { time, guess, other };
}

describe('auto: start on a guess, measure in the background, switch', () => {
  it('takes the first step at once, and measures only between training slices', () => {
    const { time, guess, other } = pair(1, 0.5);
    const { sessionAt } = run(time, tinyConfig, guess.candidate, other.candidate, 400);
    // Nothing ran before the first step; then no gap between two steps of the session is
    // longer than one measuring chunk (8 ms) and a step of each engine.
    expect(sessionAt[0]).toBe(0);
    let gap = 0;
    for (let k = 1; k < sessionAt.length; k++)
      gap = Math.max(gap, sessionAt[k]! - sessionAt[k - 1]!);
    expect(gap).toBeLessThanOrEqual(8 + 1 + 0.5 + 1);
    expect(sessionAt).toHaveLength(400);
  });

  it('moves to a faster engine with the weights, optimiser state and step count: the same weights as never moving', () => {
    const { time, guess, other } = pair(1, 0.5);
    const { core, auto, announced } = run(time, tinyConfig, guess.candidate, other.candidate, 400);
    expect(auto.engine).toBe('core');
    expect(announced).toHaveLength(1);
    expect(announced[0]!.engine).toBe('core');
    const reason = announced[0]!.reason;
    expect(reason).toMatchObject({
      code: 'autoSwitched',
      step: announced[0]!.step,
      from: { engine: 'simd' },
      to: { engine: 'core' },
    });
    if (reason.code !== 'autoSwitched') throw new Error('not a switch');
    expect((reason.to.rate / reason.from.rate).toFixed(1)).toBe('2.0');
    expect(reason.measured.map((m) => m.engine)).toEqual(['simd', 'core']);
    const switchedAt = announced[0]!.step;
    expect(switchedAt).toBeGreaterThan(0);
    expect(switchedAt).toBeLessThan(400);
    expect(core.stepCount).toBe(400);
    // Both fake engines do the core's arithmetic: carrying everything over, the weights after
    // 400 steps are bit for bit those of 400 uninterrupted core steps (restarting Adam's
    // moments or the data stream would change them).
    expect(Array.from(core.getWeights())).toEqual(Array.from(referenceWeights(tinyConfig, 400)));
  });

  it('stays when the other engine is faster by less than the margin, and says so', () => {
    const { time, guess, other } = pair(1, 0.95);
    const { auto, announced } = run(time, tinyConfig, guess.candidate, other.candidate, 400);
    expect(auto.engine).toBe('simd');
    expect(announced).toEqual([
      expect.objectContaining({
        engine: 'simd',
        reason: expect.objectContaining({ code: 'autoKept', margin: 0.1 }),
      }),
    ]);
  });

  it('stays on the guess when it is the fastest', () => {
    const { time, guess, other } = pair(0.5, 1);
    const { auto, announced } = run(time, tinyConfig, guess.candidate, other.candidate, 400);
    expect(auto.engine).toBe('simd');
    expect(announced[0]!.reason).toMatchObject({
      code: 'autoKept',
      engine: { engine: 'simd' },
      margin: null,
    });
  });

  it('measures only while the session runs', () => {
    const { time, guess, other } = pair(1, 0.5);
    // 3 steps end the run long before the measurement does: nothing is left scheduled.
    const { announced } = run(time, tinyConfig, guess.candidate, other.candidate, 3);
    expect(announced).toHaveLength(0);
    expect(time.pending).toBe(0);
  });

  it('moves from the typed arrays to the real wasm engine with the loss carrying on', async () => {
    const module = await engineModule('simd');
    const loaded = { module, flavour: 'simd' as const };
    const time = new ManualTime();
    const guess = fake(time, 'core', 1);
    const resolved = resolveConfig(tinyConfig);
    const wasm: AutoCandidate = {
      engine: 'simd',
      trainers: () => costly(time, wasmTrainers(resolved, loaded), 0.25, []),
    };
    const { core, announced } = run(time, tinyConfig, guess.candidate, wasm, 300);
    expect(announced[0]).toMatchObject({ engine: 'simd' });
    // float32 from the switch on, float64 before: within float32 rounding of the core's run.
    const ref = referenceWeights(tinyConfig, 300);
    const weights = core.getWeights();
    let diff = 0;
    for (let k = 0; k < ref.length; k++) diff = Math.max(diff, Math.abs(weights[k]! - ref[k]!));
    expect(diff).toBeLessThan(1e-4);
  });
});

describe("the reader's engine choice", { timeout: 30_000 }, () => {
  const open = (engine: 'auto' | 'core' | 'simd') => {
    const session = new TrainingSession(tinyConfig, {
      engine,
      backend: 'thread',
      scheduler: new Scheduler(),
    });
    const events: SessionEvent[] = [];
    session.on((e) => events.push(e));
    return { session, engines: () => events.filter((e) => e.type === 'engine') };
  };

  it('is never overridden: only auto measures and may move the session', async () => {
    const auto = open('auto');
    void auto.session.start();
    // auto: the guess, then the verdict of its measurement (moved or not).
    await expect.poll(() => auto.engines().length, { timeout: 20_000 }).toBe(2);
    await auto.session.pause();
    const steps = auto.session.progress!.step;
    auto.session.dispose();
    expect(auto.engines()[0]).toMatchObject({ engine: 'simd', requested: 'auto', cause: 'auto' });
    expect(auto.engines()[1]).toMatchObject({ requested: 'auto', cause: 'auto' });
    expect(['autoKept', 'autoSwitched']).toContain(auto.engines()[1]!.reasons[0]?.code);
    // The reader's choice trains as many steps and more without a word of measuring.
    for (const engine of ['core', 'simd'] as const) {
      const chosen = open(engine);
      await chosen.session.step(2 * steps);
      chosen.session.dispose();
      expect(chosen.session.progress?.step).toBe(2 * steps);
      // (the typed arrays start synchronously, before a listener can hear their event)
      expect(chosen.engines().length).toBeLessThanOrEqual(1);
      expect(chosen.engines().every((e) => e.cause === 'requested')).toBe(true);
      expect(chosen.session.engine).toMatchObject({
        engine,
        requested: engine,
        cause: 'requested',
      });
    }
  });
});
