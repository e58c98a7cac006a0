import {
  gradientDescentRun,
  lagsUpTo,
  randomSearchRun,
  summarise,
  type LagSummary,
  type RunOutcome,
} from './latchSearch';
import type { Snapshot } from './snapshot';

/**
 * The latch experiment as a list of independent jobs (one run of one method at one lag), so it
 * can be carried out a job at a time (a background job of src/sim/jobs: in a worker, or in short
 * main-thread slices) and its table fill in as results arrive.
 */
export interface ExperimentSettings {
  readonly hidden: number;
  readonly noiseStd: number;
  readonly lr: number;
  readonly budget: number;
  readonly runs: number;
  readonly maxLag: number;
  readonly range: number;
  readonly seed: number;
}

export type Method = 'gd' | 'rs';

export interface Job {
  readonly T: number;
  readonly method: Method;
  readonly run: number;
}

export interface JobResult extends Job {
  readonly outcome: RunOutcome;
}

/** Test sequences a solution must classify right. */
export const TEST_SIZE = 20;

/** Every job, lag by lag and run by run, both methods side by side, so partial results compare. */
export function jobsFor(settings: ExperimentSettings): Job[] {
  const jobs: Job[] = [];
  for (const T of lagsUpTo(settings.maxLag))
    for (let run = 0; run < settings.runs; run++)
      for (const method of ['gd', 'rs'] as const) jobs.push({ T, method, run });
  return jobs;
}

/** Runs one job; run r of both methods at a lag shares its seed, hence its test set. */
export function runJob(settings: ExperimentSettings, job: Job): JobResult {
  const options = {
    T: job.T,
    hidden: settings.hidden,
    noiseStd: settings.noiseStd,
    budget: settings.budget,
    testSize: TEST_SIZE,
    seed: settings.seed * 1000 + job.run,
  };
  const outcome =
    job.method === 'gd'
      ? gradientDescentRun({ ...options, lr: settings.lr, batch: 1 })
      : randomSearchRun({ ...options, range: settings.range });
  return { ...job, outcome };
}

/** One lag's row of the results table; a method's summary is null until one of its runs is in. */
export interface LagRow {
  readonly T: number;
  readonly gd: LagSummary | null;
  readonly rs: LagSummary | null;
}

/** The results so far, one row per lag of the experiment, in order of lag. */
export function tabulate(settings: ExperimentSettings, results: readonly JobResult[]): LagRow[] {
  return lagsUpTo(settings.maxLag).map((T) => {
    const of = (method: Method) => {
      const outcomes = results
        .filter((r) => r.T === T && r.method === method)
        .map((r) => r.outcome);
      return outcomes.length === 0 ? null : summarise(T, outcomes);
    };
    return { T, gd: of('gd'), rs: of('rs') };
  });
}

/** The latch experiment's progress: every finished job so far, in order. */
export interface LatchProgress {
  readonly results: readonly JobResult[];
}

/** The whole experiment, one job per pause point; returns every job's result. */
export function* latchExperiment(
  settings: ExperimentSettings,
): Generator<Snapshot<LatchProgress>, JobResult[], void> {
  const results: JobResult[] = [];
  const snapshot = () => ({ results: results.slice() });
  for (const job of jobsFor(settings)) {
    results.push(runJob(settings, job));
    yield snapshot;
  }
  return results;
}
