import { describe, expect, it } from 'vitest';
import { RACE_ALGORITHMS } from './algorithmRace';
import { jobsFor, latchExperiment, runJob } from './latchExperiment';
import { raceRounds } from './raceRounds';
import type { Snapshot } from './snapshot';

const RACE = { task: 'delay', lag: 2, hidden: 2, length: 10, lr: 0.5, k: 5, seed: 1 } as const;

/** Runs `n` pause points of a generator; returns the last snapshot function. */
function advance<P>(work: Generator<Snapshot<P>, unknown, void>, n: number): Snapshot<P> {
  let last: Snapshot<P> | null = null;
  for (let i = 0; i < n; i++) {
    const next = work.next();
    if (next.done) throw new Error('ended early');
    last = next.value;
  }
  return last!;
}

describe('raceRounds', () => {
  it('hands each snapshot the points since the one before, and checks agreement at most once a second or on a final one', () => {
    const work = raceRounds(RACE, () => 0);
    const first = advance(work, 10)({ now: 0, final: false });
    for (const a of RACE_ALGORITHMS)
      expect(first.points[a]!.map((p) => p[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.stats.every((s) => s.sequences === 10)).toBe(true);
    expect(first.agreement!.at).toBe(10);
    expect(first.agreement!.relative).toBeLessThan(1e-9);

    const second = advance(work, 5)({ now: 500, final: false });
    expect(second.points['bptt']!.map((p) => p[0])).toEqual([11, 12, 13, 14, 15]);
    expect(second.agreement).toBeNull();
    const last = advance(work, 1)({ now: 600, final: true });
    expect(last.points['rtrl']!.map((p) => p[0])).toEqual([16]);
    expect(last.agreement!.at).toBe(16);
  });
});

describe('latchExperiment', () => {
  it('pauses after every run and returns what running the jobs one by one gives', () => {
    const settings = {
      hidden: 1,
      noiseStd: 0.2,
      lr: 1,
      budget: 100,
      runs: 2,
      maxLag: 4,
      range: 5,
      seed: 3,
    };
    const work = latchExperiment(settings);
    const jobs = jobsFor(settings);
    let pauses = 0;
    let next = work.next();
    while (!next.done) {
      pauses++;
      expect(next.value({ now: 0, final: false }).results).toHaveLength(pauses);
      next = work.next();
    }
    expect(pauses).toBe(jobs.length);
    expect(next.value).toEqual(jobs.map((job) => runJob(settings, job)));
  });
});
