import { describe, expect, it } from 'vitest';
import { runsInTurn } from './snapshot';

function* countTo(n: number): Generator<number, string, void> {
  for (let i = 1; i <= n; i++) yield i;
  return `run ${n}`;
}

describe('runsInTurn', () => {
  it('runs each job to its end in turn, pausing after every step and every run, and says what is done and what runs', () => {
    const gen = runsInTurn([2, 1], countTo, (job, step) => `${step} of ${job}`);
    const seen: string[] = [];
    let step = gen.next();
    while (!step.done) {
      const { results, current } = step.value({ now: 0, final: false });
      seen.push(`${results.join('+') || '–'} | ${current ?? 'between runs'}`);
      step = gen.next();
    }
    expect(seen).toEqual([
      '– | 1 of 2',
      '– | 2 of 2',
      'run 2 | between runs',
      'run 2 | 1 of 1',
      'run 2+run 1 | between runs',
    ]);
    expect(step.value).toEqual(['run 2', 'run 1']);
  });

  it('hands out snapshots that later steps do not change', () => {
    const gen = runsInTurn([1, 1], countTo, () => 'busy');
    gen.next();
    const early = gen.next();
    const taken = (early.done ? null : early.value({ now: 0, final: false }))!;
    gen.next();
    gen.next();
    expect(taken.results).toEqual(['run 1']);
  });
});
