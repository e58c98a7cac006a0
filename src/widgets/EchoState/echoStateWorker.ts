/**
 * The EchoState widget's worker: runs the experiment (a few thousand reservoir steps, a ridge
 * fit and an N × N eigenvalue problem, up to seconds at N = 400) off the main thread. Spawned by
 * compute.ts.
 */
import { runEchoStateExperiment } from './experiment';
import type { ComputeReply, ComputeRequest } from './protocol';

interface Endpoint {
  addEventListener(type: 'message', listener: (e: MessageEvent<ComputeRequest>) => void): void;
  postMessage(message: ComputeReply): void;
}

const endpoint = self as unknown as Endpoint;

endpoint.addEventListener('message', ({ data: { id, settings } }) => {
  try {
    endpoint.postMessage({ id, ok: true, result: runEchoStateExperiment(settings) });
  } catch (e) {
    endpoint.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
