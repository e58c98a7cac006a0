import { jobsFor, runJob, type ExperimentSettings, type JobResult } from './experiment';
import type { StartMessage, WorkerReply } from './protocol';

export interface ExperimentCallbacks {
  onResult(result: JobResult): void;
  onDone(): void;
  onError(message: string): void;
}

/** Stops the experiment; no callback fires afterwards. */
export type Stop = () => void;

/**
 * Runs an experiment in a Web Worker, or — where there is none — one job per macrotask on the
 * main thread, so the page stays responsive either way.
 */
export function runExperiment(settings: ExperimentSettings, callbacks: ExperimentCallbacks): Stop {
  if (typeof Worker !== 'undefined') {
    try {
      return inWorker(settings, callbacks);
    } catch {
      // A policy that forbids workers: fall through to the main thread.
    }
  }
  return onMainThread(settings, callbacks);
}

function inWorker(settings: ExperimentSettings, callbacks: ExperimentCallbacks): Stop {
  const worker = new Worker(new URL('./latch.worker.ts', import.meta.url), {
    type: 'module',
    name: 'latch',
  });
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.kind === 'result') callbacks.onResult(reply.result);
    else if (reply.kind === 'done') {
      worker.terminate();
      callbacks.onDone();
    } else {
      worker.terminate();
      callbacks.onError(reply.message);
    }
  });
  worker.addEventListener('error', (event) => {
    worker.terminate();
    callbacks.onError(event.message || 'the experiment’s worker failed');
  });
  worker.postMessage({ settings } satisfies StartMessage);
  return () => worker.terminate();
}

function onMainThread(settings: ExperimentSettings, callbacks: ExperimentCallbacks): Stop {
  const jobs = jobsFor(settings);
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const work = () => {
    if (next >= jobs.length) return callbacks.onDone();
    try {
      callbacks.onResult(runJob(settings, jobs[next++]!));
    } catch (e) {
      return callbacks.onError(e instanceof Error ? e.message : String(e));
    }
    timer = setTimeout(work, 0);
  };
  timer = setTimeout(work, 0);
  return () => {
    if (timer !== null) clearTimeout(timer);
  };
}
