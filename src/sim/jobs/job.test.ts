import { describe, expect, it } from 'vitest';
import { Scheduler } from '../scheduler';
import { createFakeWorker, type FakeWorker } from '../testing/fakeWorker';
import { testKinds, type CountProgress } from '../testing/jobKinds';
import { drive, ManualTime, settle } from '../testing/manualTime';
import { Job, type JobOptions } from './job';
import type { JobEvent, JobWhere, RunnerJobEvent } from './types';
import type { WorkerLike } from './workerChannel';

interface Made {
  readonly job: Job<CountProgress, number>;
  readonly events: { readonly at: number; readonly event: JobEvent<CountProgress, number> }[];
  readonly workers: FakeWorker[];
}

/** A job of a test kind, on this thread or in a fake worker, on simulated time (1 ms a step). */
function make(
  where: JobWhere,
  time: ManualTime,
  input: unknown,
  options: JobOptions & { kind?: string } = {},
): Made {
  const workers: FakeWorker[] = [];
  const { kind = 'count', ...rest } = options;
  const job = new Job<CountProgress, number>(kind, input, {
    scheduler: new Scheduler(),
    where,
    definitions: testKinds,
    thread: { clock: time, yielder: time.yielder },
    createWorker: () => {
      const worker = createFakeWorker({ clock: time, yielder: time.yielder }, testKinds);
      workers.push(worker);
      return worker;
    },
    ...rest,
  });
  const events: Made['events'] = [];
  job.on((event) => events.push({ at: time.time, event }));
  return { job, events, workers };
}

const progressOf = (made: Made) =>
  made.events.flatMap(({ at, event }) => (event.type === 'progress' ? [{ at, ...event }] : []));
const countOf = (made: Made) => made.job.progress?.count ?? 0;

/** Runs whatever is queued for a number of turns (nothing may be queued at all). */
async function turns(time: ManualTime, n: number) {
  for (let i = 0; i < n; i++) {
    time.runNext();
    await settle();
  }
}

describe.each(['thread', 'worker'] as JobWhere[])('a job on the %s', (where) => {
  it('reports progress at most every 120 ms, then the final snapshot and the result', async () => {
    const time = new ManualTime(1);
    const made = make(where, time, { to: 2000 });
    made.job.start();
    expect(made.job.state).toBe('running');
    await drive(time, () => made.job.state === 'done');
    expect(made.job.where).toBe(where);
    const reports = progressOf(made);
    const running = reports.filter((r) => !r.final);
    expect(running.length).toBeGreaterThan(5);
    for (let i = 1; i < running.length; i++)
      expect(running[i]!.at - running[i - 1]!.at).toBeGreaterThanOrEqual(120);
    // The steps in between are coalesced: no more reports than the interval allows.
    expect(reports.length).toBeLessThanOrEqual(time.time / 120 + 2);
    const last = reports.at(-1)!;
    expect(last).toMatchObject({
      final: true,
      paused: false,
      progress: { count: 2000, final: true },
    });
    expect(made.events.at(-1)!.event).toEqual({ type: 'state', state: 'done', reason: null });
    expect(made.job.result).toBe(20000);
  });

  it('pauses exactly: the last snapshot is marked, nothing follows until resume', async () => {
    const time = new ManualTime(1);
    const made = make(where, time, { to: 1e9 });
    made.job.start();
    await drive(time, () => countOf(made) >= 300);
    made.job.pause();
    await drive(time, () => made.job.state === 'paused');
    expect(made.job.reason).toBe('reader');
    const kinds = made.events.map((e) => e.event.type);
    const confirmed = kinds.lastIndexOf('paused');
    const lastProgress = kinds.lastIndexOf('progress');
    expect(lastProgress).toBeLessThan(confirmed);
    expect(made.events[lastProgress]!.event).toMatchObject({ paused: true });
    const shown = countOf(made);
    expect(shown).toBeGreaterThanOrEqual(300);
    const seen = made.events.length;
    await turns(time, 50);
    expect(made.events.length).toBe(seen);
    expect(countOf(made)).toBe(shown);
    expect(time.pending).toBe(0);

    made.job.resume();
    await drive(time, () => countOf(made) > shown + 100);
    expect(made.job.state).toBe('running');
    made.job.cancel();
  });

  it('cancel is silent and final: no callback after it, the worker is freed', async () => {
    const time = new ManualTime(1);
    const made = make(where, time, { to: 1e9 });
    made.job.start();
    await drive(time, () => countOf(made) >= 200);
    made.job.cancel();
    expect(made.job.state).toBe('cancelled');
    const seen = made.events.length;
    await turns(time, 50);
    expect(made.events.length).toBe(seen);
    expect(time.pending).toBe(0);
    if (where === 'worker') expect(made.workers[0]!.terminated).toBe(true);
    made.job.resume();
    made.job.start();
    expect(made.job.state).toBe('cancelled');
  });

  it('takes turns: a job the reader starts preempts the one running', async () => {
    const time = new ManualTime(1);
    const scheduler = new Scheduler();
    const a = make(where, time, { to: 1e9 }, { scheduler });
    const b = make(where, time, { to: 1e9 }, { scheduler });
    const c = make(where, time, { to: 1e9 }, { scheduler, concurrent: true });
    a.job.start();
    c.job.start();
    await drive(time, () => countOf(a) >= 100);
    b.job.start();
    // On this thread the runner stops at once; a worker confirms by message.
    expect(a.job.state).toBe(where === 'thread' ? 'paused' : 'pausing');
    await drive(time, () => a.job.state === 'paused');
    expect(a.job.reason).toBe('preempted');
    expect(c.job.state).toBe('running');
    const held = countOf(a);
    const cAt = countOf(c);
    await drive(time, () => countOf(b) >= 300 && countOf(c) >= cAt + 300);
    expect(countOf(a)).toBe(held);
    a.job.resume();
    await drive(time, () => b.job.state === 'paused');
    expect(b.job.reason).toBe('preempted');
    for (const m of [a, b, c]) m.job.cancel();
  });

  it('is held while the page or its figure is hidden, and goes on when visible', async () => {
    const time = new ManualTime(1);
    const scheduler = new Scheduler();
    const made = make(where, time, { to: 1e9 }, { scheduler });
    made.job.start();
    await drive(time, () => countOf(made) >= 100);

    scheduler.setPageVisible(false);
    // 'held' once the runner has confirmed the pause (at once on this thread; a message away in
    // a worker): a report on its way may still move the counts until then.
    expect(made.job.reason).toBe('hidden-tab');
    await turns(time, 30);
    expect(made.job.state).toBe('held');
    const hiddenAt = countOf(made);
    await turns(time, 30);
    expect(countOf(made)).toBe(hiddenAt);
    expect(time.pending).toBe(0);
    scheduler.setPageVisible(true);
    expect(made.job.state).toBe('running');
    await drive(time, () => countOf(made) >= hiddenAt + 100);

    made.job.setVisible(false);
    expect(made.job.reason).toBe('offscreen');
    await turns(time, 30);
    expect(made.job.state).toBe('held');
    const offAt = countOf(made);
    await turns(time, 30);
    expect(countOf(made)).toBe(offAt);
    made.job.setVisible(true);
    await drive(time, () => countOf(made) >= offAt + 100);
    expect(made.job.state).toBe('running');
    made.job.cancel();
  });

  it('started while off screen, it waits without a worker and starts when seen', async () => {
    const time = new ManualTime(1);
    const made = make(where, time, { to: 500 });
    made.job.setVisible(false);
    made.job.start();
    expect(made.job).toMatchObject({ state: 'held', reason: 'offscreen', where: null });
    expect(made.workers).toHaveLength(0);
    expect(time.pending).toBe(0);
    made.job.setVisible(true);
    await drive(time, () => made.job.state === 'done');
    expect(made.job.result).toBe(5000);
  });

  it('runs a function job in one go', async () => {
    const time = new ManualTime(1);
    const made = make(where, time, 7, { kind: 'square' });
    made.job.start();
    await drive(time, () => made.job.state === 'done');
    expect(made.job.result).toBe(49);
    expect(progressOf(made)).toHaveLength(0);
  });

  it('reports errors as messages: a throwing generator, a throwing function, an unknown kind', async () => {
    const time = new ManualTime(1);
    const failing = make(where, time, { to: 1e9, failAt: 50 });
    failing.job.start();
    await drive(time, () => failing.job.state === 'error');
    expect(failing.job.error).toBe('failed at 50');
    expect(countOf(failing)).toBeLessThan(50);

    const broken = make(where, time, 1, { kind: 'broken' });
    broken.job.start();
    await drive(time, () => broken.job.state === 'error');
    expect(broken.job.error).toBe('the job broke');

    const unknown = make(where, time, 1, { kind: 'nonesuch' });
    unknown.job.start();
    await settle();
    expect(unknown.job.state).toBe('error');
    expect(unknown.job.error).toBe('no job of kind “nonesuch”');
  });
});

/** A worker whose events the test delivers by hand. */
function handWorker() {
  const listeners: Record<string, ((e: Event) => void)[]> = {
    message: [],
    error: [],
    messageerror: [],
  };
  const posted: unknown[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    postMessage: (m) => posted.push(m),
    addEventListener: (type, l) => listeners[type]!.push(l),
    terminate: () => (terminated = true),
  };
  const deliver = (event: RunnerJobEvent) =>
    listeners['message']!.forEach((l) => l({ data: { kind: 'jobEvent', event } } as MessageEvent));
  const crash = (message: string) =>
    listeners['error']!.forEach((l) => l(Object.assign(new Event('error'), { message })));
  return { worker, posted, deliver, crash, terminated: () => terminated };
}

const report = (count: number, paused = false) =>
  ({ type: 'progress', progress: { count, final: paused }, paused, final: false }) as const;

describe('a job behind a worker endpoint', () => {
  it('takes the report in flight when pausing, and nothing after the pause is confirmed', () => {
    const w = handWorker();
    const job = new Job<CountProgress, number>(
      'count',
      {},
      {
        scheduler: new Scheduler(),
        createWorker: () => w.worker,
      },
    );
    const counts: number[] = [];
    job.on((e) => {
      if (e.type === 'progress') counts.push(e.progress.count);
    });
    job.start();
    expect(w.posted).toEqual([
      { kind: 'job', command: { type: 'start', kind: 'count', input: {} } },
    ]);
    w.deliver(report(5));
    job.pause();
    expect(w.posted.at(-1)).toEqual({ kind: 'job', command: { type: 'pause' } });
    w.deliver(report(6)); // sent before the worker saw the pause
    w.deliver(report(7, true));
    w.deliver({ type: 'paused' });
    expect(job.state).toBe('paused');
    w.deliver(report(8)); // stale: must not move the count
    expect(job.progress?.count).toBe(7);
    expect(counts).toEqual([5, 6, 7]);
    job.cancel();
    expect(w.terminated()).toBe(true);
  });

  it('says so when the worker fails, and stops', () => {
    const w = handWorker();
    const job = new Job('count', {}, { scheduler: new Scheduler(), createWorker: () => w.worker });
    job.start();
    w.crash('out of memory');
    expect(job.state).toBe('error');
    expect(job.error).toBe('The background worker failed: out of memory.');
    expect(w.terminated()).toBe(true);
  });
});
