import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RaceRunner, type RaceProgress } from './raceRunner';

const SETTINGS = { task: 'delay', lag: 2, hidden: 2, length: 10, lr: 0.5, k: 5, seed: 1 } as const;

describe('RaceRunner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ends a pause with a report marked paused, and reports nothing more until resumed', () => {
    const reports: RaceProgress[] = [];
    // A clock that advances 1 ms per reading: each slice runs a few rounds, and reports are due.
    let clock = 0;
    const runner = new RaceRunner(
      SETTINGS,
      { sliceMs: 3, reportMs: 0, agreementMs: 1e9 },
      (p) => reports.push(p),
      () => clock++,
    );
    runner.start();
    vi.advanceTimersByTime(5);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((r) => !r.paused)).toBe(true);

    runner.pause();
    const last = reports.at(-1)!;
    expect(last.paused).toBe(true);
    const seen = reports.length;
    const sequences = last.stats[0]!.sequences;
    vi.advanceTimersByTime(50);
    expect(reports.length).toBe(seen);

    runner.start();
    vi.advanceTimersByTime(5);
    expect(reports.length).toBeGreaterThan(seen);
    expect(reports.at(-1)!.paused).toBe(false);
    expect(reports.at(-1)!.stats[0]!.sequences).toBeGreaterThan(sequences);
    runner.pause();
  });
});
