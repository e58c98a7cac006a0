import { createJob, type JobOptions } from './job';
import type { JobInput, JobKind, JobResult } from './registry';

/**
 * Runs one job to its end alongside whatever else runs (a computation the reader asked for, not
 * a run to watch): resolves with its result, rejects with its error message.
 */
export function runJob<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  options: JobOptions = {},
): Promise<JobResult<K>> {
  return new Promise((resolve, reject) => {
    const job = createJob(kind, input, { concurrent: true, ...options });
    job.on((event) => {
      if (event.type === 'done') resolve(event.result);
      else if (event.type === 'error') reject(new Error(event.message));
    });
    job.start();
  });
}
