import { describe, expect, it } from 'vitest';
import type { RunnerEvent } from './sessionProtocol';
import { TypedArrayRunner } from './typedArrayRunner';
import { TypedArraySessionCore } from './typedArraySessionCore';
import { tinyConfig } from './testing/fixtures';
import { ManualTime } from './testing/manualTime';

/** A core whose every step costs `cost()` simulated milliseconds on `time`. */
function timedCore(time: ManualTime, cost: () => number): TypedArraySessionCore {
  const core = new TypedArraySessionCore(tinyConfig);
  const step = core.step.bind(core);
  core.step = () => {
    time.advance(cost());
    return step();
  };
  return core;
}

/** Runs `slices` slices; returns each one's simulated duration and step count. */
function slices(time: ManualTime, core: TypedArraySessionCore, count: number) {
  const out: { ms: number; steps: number }[] = [];
  for (let i = 0; i < count; i++) {
    const [t, s] = [time.time, core.stepCount];
    if (!time.runNext()) break;
    out.push({ ms: time.time - t, steps: core.stepCount - s });
  }
  return out;
}

describe('TypedArrayRunner', () => {
  for (const cost of [3, 0.7, 0.05]) {
    it(`keeps every slice within 8 ms when a step costs ${cost} ms, and fills it`, () => {
      const time = new ManualTime();
      const core = timedCore(time, () => cost);
      const runner = new TypedArrayRunner(core, () => {}, { clock: time, yielder: time.yielder });
      runner.handle({ type: 'run', id: 1, budget: null, hold: false });
      const measured = slices(time, core, 40);
      expect(measured).toHaveLength(40);
      for (const s of measured) {
        expect(s.ms).toBeLessThanOrEqual(8);
        expect(s.ms).toBeGreaterThan(8 - cost - 1e-9);
        expect(s.steps).toBeGreaterThanOrEqual(2);
      }
    });
  }

  it('adapts when steps get dearer, and runs one step per slice when one alone overruns', () => {
    const time = new ManualTime();
    let cost = 0.5;
    const core = timedCore(time, () => cost);
    const runner = new TypedArrayRunner(core, () => {}, { clock: time, yielder: time.yielder });
    runner.handle({ type: 'run', id: 1, budget: null, hold: false });
    slices(time, core, 5);
    cost = 2;
    const after = slices(time, core, 10).slice(1); // the first slice still expects 0.5 ms steps
    for (const s of after) expect(s.ms).toBeLessThanOrEqual(8);
    cost = 12;
    for (const s of slices(time, core, 5)) expect(s.steps).toBe(1);
  });

  it('emits progress at most once per 100 ms of thousands of steps, with exact rates', () => {
    const time = new ManualTime();
    const core = timedCore(time, () => 0.2);
    const events: { at: number; event: RunnerEvent }[] = [];
    const runner = new TypedArrayRunner(core, (event) => events.push({ at: time.time, event }), {
      clock: time,
      yielder: time.yielder,
    });
    runner.handle({ type: 'run', id: 1, budget: null, hold: false });
    while (time.time < 2000) time.runNext();
    runner.handle({ type: 'pause', id: 2, reason: 'reader' });
    const progress = events.filter((e) => e.event.type === 'progress');
    expect(core.stepCount).toBeGreaterThan(9000);
    // In any window of one simulated second: at most 10 timed events and the final one.
    for (const p of progress) {
      const inWindow = progress.filter((q) => q.at >= p.at && q.at < p.at + 1000);
      expect(inWindow.length).toBeLessThanOrEqual(11);
    }
    const last = progress.at(-1)!.event;
    expect(last).toMatchObject({ type: 'progress', step: core.stepCount });
    if (last.type !== 'progress') return;
    expect(last.stepsPerSecond).toBeCloseTo(5000, -1);
    expect(last.elapsedMs).toBeCloseTo(core.stepCount * 0.2, 6);
  });

  it('counts running time only', () => {
    const time = new ManualTime();
    const core = timedCore(time, () => 1);
    const events: RunnerEvent[] = [];
    const runner = new TypedArrayRunner(core, (e) => events.push(e), {
      clock: time,
      yielder: time.yielder,
    });
    runner.handle({ type: 'run', id: 1, budget: 100, hold: false });
    while (time.runNext());
    time.advance(60_000);
    runner.handle({ type: 'run', id: 2, budget: 100, hold: false });
    while (time.runNext());
    const last = events.filter((e) => e.type === 'progress').at(-1);
    expect(last).toMatchObject({ step: 200, elapsedMs: 200 });
    expect(events.filter((e) => e.type === 'runEnd')).toEqual([
      { type: 'runEnd', id: 1 },
      { type: 'runEnd', id: 2 },
    ]);
  });

  it('reports an exception in a step as an error and stops', () => {
    const time = new ManualTime();
    const core = new TypedArraySessionCore(tinyConfig);
    const before = core.getWeights();
    core.step = () => {
      throw new Error('boom');
    };
    const events: RunnerEvent[] = [];
    const runner = new TypedArrayRunner(core, (e) => events.push(e), {
      clock: time,
      yielder: time.yielder,
    });
    runner.handle({ type: 'run', id: 1, budget: null, hold: false });
    time.runNext();
    expect(runner.state).toBe('error');
    expect(events).toContainEqual({
      type: 'error',
      message: 'Training stopped with an error: boom',
    });
    expect(events.at(-1)).toEqual({ type: 'runEnd', id: 1 });
    expect(time.pending).toBe(0);
    expect(core.getWeights()).toEqual(before);
    runner.handle({ type: 'reset', id: 2 });
    expect(runner.state).toBe('idle');
  });
});
