import { describe, expect, it } from 'vitest';
import type { ToWorker } from './sessionProtocol';
import { Scheduler } from './scheduler';
import { TrainingSession } from './session';
import { tinyConfig } from './testing/fixtures';
import { settle } from './testing/manualTime';
import type { SessionEvent } from './types';
import type { WorkerLike } from './sessionWorkerDriver';

/** A worker that answers nothing by itself: the test plays its part. */
function silentWorker() {
  const listeners = new Map<string, ((e: Event) => void)[]>();
  const posted: ToWorker[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    postMessage: (message) => posted.push(message as ToWorker),
    addEventListener: (type, listener) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    terminate: () => {
      terminated = true;
    },
  };
  const fire = (type: string, event: object) => {
    for (const l of listeners.get(type) ?? []) l(event as Event);
  };
  return { worker, posted, fire, terminated: () => terminated };
}

describe('the worker proxy', () => {
  it('sends the config first, then commands in order', async () => {
    const fake = silentWorker();
    const session = new TrainingSession(tinyConfig, {
      createWorker: () => fake.worker,
      scheduler: new Scheduler(),
    });
    expect(session.backend).toBe('worker');
    void session.start();
    void session.pause();
    expect(fake.posted.map((m) => (m.kind === 'init' ? 'init' : m.command.type))).toEqual([
      'init',
      'run',
      'pause',
    ]);
    session.dispose();
    expect(fake.terminated()).toBe(true);
  });

  it('reports a worker that fails to load as an error and settles what waits on it', async () => {
    const fake = silentWorker();
    const session = new TrainingSession(tinyConfig, {
      createWorker: () => fake.worker,
      scheduler: new Scheduler(),
    });
    const events: SessionEvent[] = [];
    session.on((e) => events.push(e));
    let finished = false;
    void session.step(10).then(() => (finished = true));
    fake.fire('error', { message: 'worker.js: 404' });
    await settle();
    expect(finished).toBe(true);
    expect(session.state).toBe('error');
    expect(events).toContainEqual({
      type: 'error',
      message: 'The training worker failed: worker.js: 404.',
    });
    expect(fake.terminated()).toBe(true);
    // The initial weights are still there to show.
    expect(session.getWeights()).toHaveLength(session.model.layout.size);
    session.dispose();
  });

  it('reports an init the worker refuses', async () => {
    const fake = silentWorker();
    const session = new TrainingSession(tinyConfig, {
      createWorker: () => fake.worker,
      scheduler: new Scheduler(),
    });
    fake.fire('message', { data: { kind: 'ack', id: 0, error: 'no such task' } });
    await settle();
    expect(session.state).toBe('error');
    session.dispose();
  });

  it('falls back to the main thread when a worker cannot be made', () => {
    const session = new TrainingSession(tinyConfig, {
      createWorker: () => {
        throw new Error('blocked by CSP');
      },
      scheduler: new Scheduler(),
    });
    expect(session.backend).toBe('thread');
    session.dispose();
    const inNode = new TrainingSession(tinyConfig, { scheduler: new Scheduler() });
    expect(inNode.backend).toBe('thread');
    inNode.dispose();
  });
});
