/**
 * The one worker of src/sim: a module worker that hosts either a training session (its
 * TypedArrayRunner or TfRunner, sessionWorkerHost.ts) or a background job (jobs/jobWorkerHost.ts),
 * by the kind of message it receives. Spawned by spawnWorker.ts; one worker per session or job,
 * terminated when it is disposed or cancelled.
 */
import { attachJobWorkerHost } from './jobs/jobWorkerHost';
import type { MessageEndpoint } from './sessionProtocol';
import { attachWorkerHost } from './sessionWorkerHost';

const scope = self as unknown as MessageEndpoint;
attachWorkerHost(scope);
attachJobWorkerHost(scope);
