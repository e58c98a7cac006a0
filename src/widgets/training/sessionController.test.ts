// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pageScheduler, Scheduler, type SessionConfig } from '../../sim';
import { referenceWeights, tinyConfig } from '../../sim/testing/fixtures';
import { drive, ManualTime, settle } from '../../sim/testing/manualTime';
import { followPageVisibility } from './pageVisibility';
import { SessionController, type SessionControllerOptions } from './sessionController';

/** Sets what the document says about the tab and tells the page, as a browser does. */
function setTabHidden(hidden: boolean) {
  const state = hidden ? 'hidden' : 'visible';
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => setTabHidden(false));

/**
 * A controller on the main thread in simulated time (slices run only when the test drives
 * them, so "nothing is scheduled" is a fact the test can read), with progress after each slice.
 */
function make<X = undefined>(
  config: SessionConfig | null = tinyConfig,
  options: Omit<SessionControllerOptions<X>, 'session'> & { scheduler?: Scheduler } = {},
) {
  const time = new ManualTime(1);
  const { scheduler = new Scheduler(), ...rest } = options;
  const controller = new SessionController<X>(config, {
    ...rest,
    session: {
      backend: 'thread',
      scheduler,
      timing: { progressIntervalMs: 0, sliceMs: 4 },
      thread: { clock: time, yielder: time.yielder },
    },
  });
  return { controller, time };
}

describe('SessionController', () => {
  it('creates the session for the first subscriber and disposes it after the last (StrictMode-safe)', () => {
    const { controller } = make();
    expect(controller.session).toBeNull();
    const leaveA = controller.subscribe(() => undefined);
    const first = controller.session!;
    expect(first.state).toBe('idle');
    const leaveB = controller.subscribe(() => undefined);
    expect(controller.session).toBe(first);
    leaveA();
    leaveA(); // a second call does not count twice
    expect(first.state).toBe('idle');
    leaveB();
    expect(first.state).toBe('disposed');
    expect(controller.getSnapshot().session).toBeNull();
    // StrictMode's remount: a new session for the same config.
    const leave = controller.subscribe(() => undefined);
    expect(controller.session).not.toBe(first);
    expect(controller.session!.state).toBe('idle');
    leave();
  });

  it('keeps steps asked for before the first session and runs them on it (a click before React subscribes)', async () => {
    const { controller, time } = make();
    const stepping = controller.step(3);
    expect(controller.session).toBeNull();
    const leave = controller.subscribe(() => undefined);
    await drive(time, () => controller.getSnapshot().step === 3);
    await stepping;
    expect(controller.getSnapshot().state).toBe('paused');
    leave();
    // A pause in the gap takes the request back; leaving before subscribing resolves it unrun.
    const { controller: other } = make();
    const asked = other.start();
    await other.pause();
    await asked;
    const leaveOther = other.subscribe(() => undefined);
    expect(other.getSnapshot().state).toBe('idle');
    leaveOther();
  });

  it('names the reader’s steps when a session that carried the work diverges', async () => {
    const { controller, time } = make();
    const leave = controller.subscribe(() => undefined);
    const stepping = controller.step(6);
    await drive(time, () => controller.getSnapshot().state === 'paused');
    await stepping;
    // New settings carry the work into a session whose third sample is not a number.
    const good = (a: number, b: number) => ({
      inputs: [Float64Array.of(a), Float64Array.of(b)],
      targets: [Float64Array.of(b), Float64Array.of(a)],
    });
    const bad = { inputs: [Float64Array.of(NaN)], targets: [Float64Array.of(1)] };
    controller.configure(
      {
        ...tinyConfig,
        batchSize: 1,
        data: { kind: 'samples', samples: [good(0, 1), good(1, 1), bad], order: 'cycle' },
      },
      { carry: true },
    );
    void controller.step(10);
    await drive(time, () => controller.getSnapshot().state === 'diverged');
    const snapshot = controller.getSnapshot();
    // The session counted 3; the reader's counter was at 6 when it began.
    expect(snapshot.error).toMatch(
      /^Training diverged at step 9: the loss became NaN\. The weights from before this step are kept;/,
    );
    expect(snapshot.step).toBe(8);
    leave();
  });

  it('counts steps on across a rebuild that carries the work, and starts afresh on one that does not', async () => {
    const { controller, time } = make();
    const leave = controller.subscribe(() => undefined);
    const stepping = controller.step(6);
    await drive(time, () => controller.getSnapshot().state === 'paused');
    await stepping;
    expect(controller.getSnapshot().step).toBe(6);
    const trained = controller.session!.getWeights();
    expect(Array.from(trained)).toEqual(Array.from(referenceWeights(tinyConfig, 6)));

    // Training, then the settings change: the new session gets the weights and trains on.
    void controller.start();
    await drive(time, () => controller.getSnapshot().step > 6);
    const before = controller.session!;
    const atSwitch = controller.getSnapshot().step;
    const weightsAtSwitch = before.getWeights();
    const slower = {
      ...tinyConfig,
      train: { ...tinyConfig.train, optimiser: { kind: 'sgd' as const, lr: 0.1 } },
    };
    expect(controller.configure(slower, { carry: true })).toBe(true);
    expect(before.state).toBe('disposed');
    expect(controller.getSnapshot().step).toBe(atSwitch);
    await drive(time, () => controller.getSnapshot().state === 'running');
    await drive(time, () => controller.getSnapshot().step > atSwitch + 2);
    const stepsAfter = controller.session!.progress!.step;
    expect(controller.getSnapshot().step).toBe(atSwitch + stepsAfter);
    await controller.pause();
    expect(controller.getSnapshot().state).toBe('paused');
    expect(controller.session!.getWeights()).not.toEqual(weightsAtSwitch);

    // Another model: fresh weights, the count from 0, not training.
    const wider = { ...tinyConfig, spec: { ...tinyConfig.spec, hiddenSize: 4 } };
    controller.configure(wider);
    expect(controller.getSnapshot()).toMatchObject({ step: 0, progress: null, state: 'idle' });
    leave();
  });

  it('moves to another engine with the weights and the count (setEngine)', async () => {
    const { controller, time } = make();
    const leave = controller.subscribe(() => undefined);
    const stepping = controller.step(4);
    await drive(time, () => controller.getSnapshot().state === 'paused');
    await stepping;
    const weights = controller.session!.getWeights();
    controller.setEngine('cpu');
    expect(controller.getSnapshot()).toMatchObject({ requestedEngine: 'cpu', step: 4 });
    await expect
      .poll(() => controller.getSnapshot().engine?.engine, { timeout: 20_000 })
      .toBe('cpu');
    await controller.pause();
    const moved = controller.session!.getWeights();
    for (let i = 0; i < weights.length; i++) expect(moved[i]).toBeCloseTo(weights[i]!, 6);
    leave();
  });

  it('holds while the tab is hidden and says so once the session has stopped, then trains on', async () => {
    followPageVisibility();
    // The page's own scheduler: the one the tab's visibility is wired to.
    const { controller, time } = make(tinyConfig, { scheduler: pageScheduler });
    const leave = controller.subscribe(() => undefined);
    void controller.start();
    await drive(time, () => controller.getSnapshot().step > 3);

    setTabHidden(true);
    await drive(time, () => controller.getSnapshot().held !== null);
    expect(controller.getSnapshot()).toMatchObject({ held: 'tab', state: 'paused' });
    const heldAt = controller.getSnapshot().step;
    // Nothing is left to run: no slice is scheduled while the tab is hidden.
    await settle();
    expect(time.pending).toBe(0);
    expect(controller.getSnapshot().step).toBe(heldAt);

    // Off screen as well, then the tab comes back: still held, now by the screen.
    controller.setOnScreen(false);
    setTabHidden(false);
    await settle();
    expect(controller.getSnapshot()).toMatchObject({ held: 'screen', state: 'paused' });
    expect(time.pending).toBe(0);

    controller.setOnScreen(true);
    await drive(time, () => controller.getSnapshot().step > heldAt + 2);
    expect(controller.getSnapshot()).toMatchObject({ held: null, state: 'running' });
    await controller.pause();
    leave();
  });

  it('starts held when training is asked for while the tab is hidden', async () => {
    followPageVisibility();
    setTabHidden(true);
    const { controller, time } = make(tinyConfig, { scheduler: pageScheduler });
    const leave = controller.subscribe(() => undefined);
    void controller.step(5);
    await drive(time, () => controller.getSnapshot().held !== null);
    expect(controller.getSnapshot()).toMatchObject({ held: 'tab', step: 0 });
    setTabHidden(false);
    await drive(time, () => controller.getSnapshot().step === 5);
    expect(controller.getSnapshot().held).toBeNull();
    leave();
  });

  it('reports refused configs and weights as messages, keeping the session', async () => {
    const { controller } = make();
    const leave = controller.subscribe(() => undefined);
    const session = controller.session;
    expect(controller.configure({ ...tinyConfig, batchSize: 0 })).toBe(false);
    expect(controller.session).toBe(session);
    expect(controller.getSnapshot().error).toMatch(/batchSize must be an integer ≥ 1/);
    await controller.setWeights([1, 2, 3]);
    expect(controller.session).toBe(session);
    expect(controller.getSnapshot().error).toMatch(/\d/);
    // A good config clears the message.
    expect(controller.configure({ ...tinyConfig, batchSize: 3 })).toBe(true);
    expect(controller.getSnapshot().error).toBeNull();
    leave();
    // A controller whose first config is refused has no session, and says why.
    const refused = make({ ...tinyConfig, batchSize: 0 }).controller;
    const off = refused.subscribe(() => undefined);
    expect(refused.session).toBeNull();
    expect(refused.getSnapshot().error).toMatch(/batchSize/);
    off();
  });

  it('keeps the widget state its reducer folds from events, afresh for a fresh session', async () => {
    const { controller, time } = make<number[]>(tinyConfig, {
      extra: {
        initial: [],
        reduce: (steps, event) => (event.type === 'progress' ? [...steps, event.step] : steps),
      },
    });
    const leave = controller.subscribe(() => undefined);
    void controller.step(5);
    await drive(time, () => controller.getSnapshot().state === 'paused');
    const seen = controller.getSnapshot().extra;
    expect(seen.at(-1)).toBe(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    controller.configure({ ...tinyConfig, seed: 8 });
    expect(controller.getSnapshot().extra).toEqual([]);
    leave();
  });
});
