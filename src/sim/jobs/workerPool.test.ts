import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../scheduler';
import { createFakeWorker, type FakeWorker } from '../testing/fakeWorker';
import { testKinds, type CountProgress } from '../testing/jobKinds';
import { drive, ManualTime } from '../testing/manualTime';
import { Job } from './job';

/** A worker factory of fakes running the real job host, counting what it made. */
function factory(time: ManualTime) {
  const made: FakeWorker[] = [];
  const create = () => {
    const worker = createFakeWorker({ clock: time, yielder: time.yielder }, testKinds);
    made.push(worker);
    return worker;
  };
  return { create, made };
}

function job(create: () => FakeWorker, input: unknown, kind = 'count') {
  return new Job<CountProgress, number>(kind, input, {
    scheduler: new Scheduler(),
    concurrent: true,
    where: 'worker',
    definitions: testKinds,
    createWorker: create,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the job workers', () => {
  it('run job after job in one worker: a finished job hands its worker on', async () => {
    const time = new ManualTime(1);
    const { create, made } = factory(time);
    const results: number[] = [];
    for (const to of [50, 120, 7]) {
      const j = job(create, { to });
      j.start();
      await drive(time, () => j.state === 'done');
      expect(j.where).toBe('worker');
      results.push(j.result!);
    }
    // Each job's own result, from one worker that is still alive.
    expect(results).toEqual([500, 1200, 70]);
    expect(made).toHaveLength(1);
    expect(made[0]!.terminated).toBe(false);
    const starts = made[0]!.sent.filter(
      (m) => (m as { command?: { type: string } }).command?.type === 'start',
    );
    expect(starts).toHaveLength(3);
  });

  it('a job that failed in its worker hands it on too; a worker that crashed is not reused', async () => {
    const time = new ManualTime(1);
    const { create, made } = factory(time);
    const broken = job(create, {}, 'broken');
    broken.start();
    await drive(time, () => broken.state === 'error');
    const next = job(create, { to: 10 });
    next.start();
    await drive(time, () => next.state === 'done');
    expect(made).toHaveLength(1);

    // Workers whose error event the test fires by hand.
    const crashers: { terminated: boolean; crash(): void }[] = [];
    const crashing = () => {
      const errors: ((e: Event) => void)[] = [];
      const w = {
        terminated: false,
        crash: () => errors.forEach((l) => l(new Event('error'))),
        postMessage: () => {},
        addEventListener: (type: string, l: (e: Event) => void) => {
          if (type === 'error') errors.push(l);
        },
        terminate: () => {
          w.terminated = true;
        },
      };
      crashers.push(w);
      return w as unknown as FakeWorker;
    };
    const first = job(crashing, { to: 10 });
    first.start();
    crashers[0]!.crash();
    expect(first.state).toBe('error');
    expect(crashers[0]!.terminated).toBe(true);
    job(crashing, { to: 10 }).start();
    expect(crashers).toHaveLength(2);
  });

  it('jobs at the same time get workers of their own; a cancelled job’s worker is terminated', async () => {
    const time = new ManualTime(1);
    const { create, made } = factory(time);
    const a = job(create, { to: 1e9 });
    const b = job(create, { to: 1e9 });
    a.start();
    b.start();
    await drive(time, () => (a.progress?.count ?? 0) > 20 && (b.progress?.count ?? 0) > 20);
    expect(made).toHaveLength(2);
    a.cancel();
    b.cancel();
    expect(made.every((w) => w.terminated)).toBe(true);
  });

  it('terminates an idle worker after a while', async () => {
    vi.useFakeTimers();
    const time = new ManualTime(1);
    const { create, made } = factory(time);
    const j = job(create, { to: 5 });
    j.start();
    for (let i = 0; i < 100 && j.state !== 'done'; i++) {
      time.runNext();
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(j.state).toBe('done');
    expect(made[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(made[0]!.terminated).toBe(true);
  });
});
