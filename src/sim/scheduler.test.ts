import { describe, expect, it } from 'vitest';
import { Scheduler } from './scheduler';
import { hex, track } from './testing/bits';
import { harness, referenceWeights, tinyConfig, type Backend } from './testing/fixtures';
import { drive, ManualTime, settle } from './testing/manualTime';
import type { SessionEvent } from './types';

const stepOf = (h: { session: { progress: { step: number } | null } }) =>
  h.session.progress?.step ?? 0;
const lastState = (events: SessionEvent[]) => events.filter((e) => e.type === 'state').at(-1);

/** Runs everything queued until nothing is left (a paused session queues nothing). */
async function drain(time: ManualTime) {
  for (let i = 0; i < 10_000 && time.runNext(); i++) await settle();
  await settle();
}

describe.each(['thread', 'worker'] as Backend[])('Scheduler with %s sessions', (backend) => {
  it('starting a second session pauses the first, which stays paused', async () => {
    const scheduler = new Scheduler();
    const time = new ManualTime(0.1);
    const a = harness(backend, tinyConfig, { scheduler, time });
    const b = harness(backend, tinyConfig, { scheduler, time });
    void a.session.start();
    await drive(time, () => stepOf(a) >= 20);
    await b.session.start();
    await settle();
    expect(a.session.state).toBe('paused');
    expect(lastState(a.events)).toMatchObject({ reason: 'preempted' });
    expect(b.session.state).toBe('running');
    const aSteps = stepOf(a);
    await drive(time, () => stepOf(b) >= 100);
    expect(stepOf(a)).toBe(aSteps);
    await b.session.pause();
    await drain(time);
    expect(a.session.state).toBe('paused');
    expect(stepOf(a)).toBe(aSteps);
    expect(time.pending).toBe(0);
    a.session.dispose();
    b.session.dispose();
  });

  it('a concurrent session trains alongside the others', async () => {
    const scheduler = new Scheduler();
    const time = new ManualTime(0.1);
    const a = harness(backend, tinyConfig, { scheduler, time });
    const c = harness(backend, tinyConfig, { scheduler, time, concurrent: true });
    const b = harness(backend, tinyConfig, { scheduler, time });
    void a.session.start();
    void c.session.start();
    await settle();
    expect(a.session.state).toBe('running');
    await drive(time, () => stepOf(a) >= 50 && stepOf(c) >= 50);
    void b.session.start();
    await settle();
    expect(a.session.state).toBe('paused');
    expect(c.session.state).toBe('running');
    const cSteps = stepOf(c);
    await drive(time, () => stepOf(c) >= cSteps + 50 && stepOf(b) >= 50);
    for (const h of [a, b, c]) h.session.dispose();
  });

  it('pauses while the widget is hidden and resumes when it is visible again', async () => {
    const scheduler = new Scheduler();
    const h = harness(backend, tinyConfig, { scheduler });
    void h.session.start();
    await drive(h.time, () => stepOf(h) >= 20);
    h.session.setVisible(false);
    await settle();
    expect(h.session.state).toBe('paused');
    expect(lastState(h.events)).toMatchObject({ reason: 'hidden' });
    await drain(h.time);
    const hidden = stepOf(h);
    expect(h.time.pending).toBe(0);
    h.session.setVisible(true);
    await settle();
    expect(h.session.state).toBe('running');
    await drive(h.time, () => stepOf(h) >= hidden + 20);

    // The tab: the same through the page-level switch.
    scheduler.setPageVisible(false);
    await settle();
    expect(h.session.state).toBe('paused');
    await drain(h.time);
    scheduler.setPageVisible(true);
    await settle();
    expect(h.session.state).toBe('running');

    // A session the reader paused stays paused when it becomes visible.
    await h.session.pause();
    h.session.setVisible(false);
    h.session.setVisible(true);
    await drain(h.time);
    expect(h.session.state).toBe('paused');
    expect(lastState(h.events)).toMatchObject({ reason: 'reader' });
    h.session.dispose();
  });

  it('step(n) interrupted by hiding finishes exactly n steps once visible', async () => {
    const h = harness(backend, tinyConfig, { scheduler: new Scheduler() });
    const run = track(h.session.step(300));
    await drive(h.time, () => stepOf(h) >= 40);
    h.session.setVisible(false);
    await drain(h.time);
    expect(run.done).toBe(false);
    expect(stepOf(h)).toBeLessThan(300);
    h.session.setVisible(true);
    await drive(h.time, () => run.done);
    expect(stepOf(h)).toBe(300);
    expect(hex(h.session.getWeights())).toBe(hex(referenceWeights(tinyConfig, 300)));
    h.session.dispose();
  });

  it('a session started while hidden waits until it is visible', async () => {
    const scheduler = new Scheduler();
    scheduler.setPageVisible(false);
    const h = harness(backend, tinyConfig, { scheduler });
    await h.session.start();
    await drain(h.time);
    expect(stepOf(h)).toBe(0);
    expect(h.session.state).toBe('paused');
    scheduler.setPageVisible(true);
    await drive(h.time, () => stepOf(h) >= 10);
    expect(h.session.state).toBe('running');
    h.session.dispose();
  });
});
