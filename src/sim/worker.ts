/**
 * The training worker: a module worker that hosts one session's SessionCore and Runner and talks
 * to the main thread's TrainingSession by postMessage (see protocol.ts). Spawned by
 * spawnWorker.ts, which Vite bundles with this file and its imports from src/core.
 */
import type { MessageEndpoint } from './protocol';
import { attachWorkerHost } from './workerHost';

attachWorkerHost(self as unknown as MessageEndpoint);
