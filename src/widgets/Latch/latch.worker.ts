/**
 * Runs a latch experiment off the main thread: a job can take tens of milliseconds (gradient
 * descent at a long lag) and an experiment has hundreds. The page stops it by terminating the
 * worker, so the loop needs no way to be interrupted.
 */
import { jobsFor, runJob } from './experiment';
import type { StartMessage, WorkerReply } from './protocol';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<StartMessage>) => {
  const { settings } = event.data;
  try {
    for (const job of jobsFor(settings)) post({ kind: 'result', result: runJob(settings, job) });
    post({ kind: 'done' });
  } catch (e) {
    post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
