import { describe, expect, it } from 'vitest';
import type { EsnStepInput, EsnStepResult } from '../../../core/experiments';
import { EsnRunner } from './esnRunner';

/** A stepper whose steps finish when the test says, so holds can be checked between them. */
function controlledStepper() {
  const pending: ((r: EsnStepResult) => void)[] = [];
  const result = (n: number) =>
    ({
      carried: { sequences: n } as unknown as EsnStepResult['carried'],
      wOut: null as unknown as EsnStepResult['wOut'],
      loss: 1 / n,
      rows: n,
      nonzero: 0,
      evaluation: {
        metric: 0,
        prediction: new Float64Array(),
        target: new Float64Array(),
        states: [],
      },
    }) as unknown as EsnStepResult;
  let calls = 0;
  const stepper = (_input: EsnStepInput) =>
    new Promise<EsnStepResult>((resolve) => {
      calls++;
      pending.push(resolve);
    });
  const finish = async () => {
    const resolve = pending.shift();
    resolve?.(result(calls));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { stepper, finish, calls: () => calls, pending: () => pending.length };
}

describe('the ESN run', () => {
  it('starts no step while held (tab hidden or off screen), says so, and goes on when shown', async () => {
    const s = controlledStepper();
    const runner = new EsnRunner(s.stepper, {} as Omit<EsnStepInput, 'carried'>);
    runner.play(3);
    expect(s.calls()).toBe(1);
    runner.setHeld('tab');
    // The step at work finishes; no other starts, and the run says why it waits.
    await s.finish();
    expect(runner.getSnapshot().step).toBe(1);
    expect(s.calls()).toBe(1);
    expect(runner.getSnapshot().held).toBe('tab');
    runner.setHeld('screen');
    expect(runner.getSnapshot().held).toBe('screen');
    expect(s.calls()).toBe(1);
    runner.setHeld(null);
    expect(runner.getSnapshot().held).toBeNull();
    expect(s.calls()).toBe(2);
    await s.finish();
    await s.finish();
    expect(runner.getSnapshot().step).toBe(3);
    expect(runner.getSnapshot().running).toBe(false);
    // Held with nothing wanted: nothing to say.
    runner.setHeld('tab');
    expect(runner.getSnapshot().held).toBeNull();
  });

  it('a pause while held clears the notice', async () => {
    const s = controlledStepper();
    const runner = new EsnRunner(s.stepper, {} as Omit<EsnStepInput, 'carried'>);
    runner.setHeld('screen');
    runner.play(2);
    expect(s.calls()).toBe(0);
    expect(runner.getSnapshot().held).toBe('screen');
    runner.pause();
    expect(runner.getSnapshot().held).toBeNull();
    runner.setHeld(null);
    expect(s.calls()).toBe(0);
  });
});
