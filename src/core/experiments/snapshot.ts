/**
 * How an experiment written as a generator reports progress: each `yield` is a point where it
 * may be paused, and hands over a function that takes a snapshot of its progress. The code that
 * runs it (src/sim/jobs) calls the function only when a snapshot is to be sent — at a bounded
 * rate, before a pause (`final`), at the end (`final`) — with the time on its clock, so the
 * experiment itself reads no clock and pays for snapshots only when they are taken.
 */
export type Snapshot<P> = (at: { readonly now: number; readonly final: boolean }) => P;

/** What an experiment made of runs one after another reports: the finished runs, the one under way. */
export interface RunsProgress<R, C> {
  readonly results: readonly R[];
  readonly current: C | null;
}

/**
 * Runs one training generator per job in turn, with a pause point after each of its steps and
 * after each run: the results so far and, while a run is under way, `current(job, step)`.
 * Returns every run's result, in job order.
 */
export function* runsInTurn<J, S, R, C>(
  jobs: Iterable<J>,
  train: (job: J) => Generator<S, R, void>,
  current: (job: J, step: S) => C,
): Generator<Snapshot<RunsProgress<R, C>>, R[], void> {
  const results: R[] = [];
  let now: C | null = null;
  const snapshot = () => ({ results: results.slice(), current: now });
  for (const job of jobs) {
    const run = train(job);
    for (;;) {
      const step = run.next();
      if (step.done) {
        results.push(step.value);
        now = null;
        break;
      }
      now = current(job, step.value);
      yield snapshot;
    }
    yield snapshot;
  }
  return results;
}
