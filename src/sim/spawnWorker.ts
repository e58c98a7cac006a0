import type { WorkerLike } from './jobs/workerChannel';

/**
 * Starts the one worker of src/sim (simWorker.ts), which hosts a training session or a job —
 * whichever its first message asks for. The `new Worker(new URL(…, import.meta.url), { type:
 * 'module' })` form is the one Vite recognises: it bundles simWorker.ts with its imports from
 * src/core and rewrites the URL. Throws where there is no Worker (Node, tests); callers then
 * run on the main thread.
 */
export function spawnSimWorker(name: 'training' | 'job'): WorkerLike {
  if (typeof Worker === 'undefined') throw new Error('this environment has no Web Worker');
  return new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module', name });
}
