import type { JobInput, JobKind, JobProgress, JobResult } from '../sim/jobs';
import { jobPhase, type JobRunControls } from './jobPhase';
import { useJob, type JobView, type UseJobOptions } from './useJob';

/** A job the reader starts, pauses, resumes and stops, as a figure shows it. */
export interface JobRun<I, P, R> extends JobRunControls {
  readonly job: JobView<I, P, R>;
  /** The progress of the job on the current input; null before one ran on it. */
  readonly progress: P | null;
  /** The result of the job on the current input; null before one finished on it. */
  readonly result: R | null;
}

/**
 * `useJob` for a figure whose job runs on the reader's word (a run bar: `JobRunBar`): a change
 * of input abandons the run, since its results would describe other settings, and the figure
 * shows 'idle' again.
 */
export function useJobRun<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  options: UseJobOptions<JobProgress<K>>,
): JobRun<JobInput<K>, JobProgress<K>, JobResult<K>> {
  const job = useJob(kind, input, options);
  const current = job.input === input;
  const phase = current ? jobPhase(job.state) : 'idle';
  const running = phase === 'running' || phase === 'held';
  return {
    job,
    phase,
    reason: job.reason,
    error: job.error,
    progress: current ? job.progress : null,
    result: current ? job.result : null,
    running,
    stoppable: running || phase === 'paused',
    toggle: () => {
      if (running) job.pause();
      else if (phase === 'paused') job.resume();
      else job.start();
    },
    stop: job.cancel,
  };
}
