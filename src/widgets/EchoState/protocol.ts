import type { EchoStateResult, EchoStateSettings } from './experiment';

/** Main thread → worker: compute the experiment for these settings. */
export interface ComputeRequest {
  readonly id: number;
  readonly settings: EchoStateSettings;
}

/** Worker → main thread: the result of request `id`, or why it failed. */
export type ComputeReply =
  | { readonly id: number; readonly ok: true; readonly result: EchoStateResult }
  | { readonly id: number; readonly ok: false; readonly message: string };
