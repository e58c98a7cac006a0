import type { WorkerLike } from './workerDriver';

/**
 * Starts a training worker. The `new Worker(new URL(…, import.meta.url), { type: 'module' })`
 * form is the one Vite recognises: it bundles worker.ts and rewrites the URL. Throws where there
 * is no Worker (Node, tests), and the session falls back to the main-thread runner.
 */
export function spawnTrainingWorker(): WorkerLike {
  if (typeof Worker === 'undefined') throw new Error('this environment has no Web Worker');
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'training' });
}
